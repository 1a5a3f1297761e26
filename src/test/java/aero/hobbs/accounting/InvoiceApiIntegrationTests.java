package aero.hobbs.accounting;

import static aero.hobbs.accounting.AccountingFixtures.aDraftTo;
import static aero.hobbs.accounting.AccountingFixtures.aLine;
import static aero.hobbs.accounting.AccountingFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * {@code /v1/organizations/{orgId}/invoices} over real HTTP: drafting, the totals and
 * their rounding, issuing with gapless numbers, payment, voiding, who may see and do
 * what, and bad input that stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganizationFixtures.class, AccountingFixtures.class })
class InvoiceApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	ApiClient api;

	School school;

	String invoices;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
		invoices = school.path() + "/invoices";
	}

	private String owner() {
		return school.owner().key();
	}

	private JsonNode draft(Map<String, Object> body) {
		Response drafted = api.send("POST", invoices, owner(), body);
		assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
		return drafted.body().get("data");
	}

	private Response act(String id, String action) {
		return api.send("POST", invoices + "/" + id + "/" + action, owner(), null);
	}

	private static String field(Response response) {
		return response.body().get("error").get("details").get("field").asString();
	}

	private long count() {
		return api.get(invoices, owner()).body().get("meta").get("total").asLong();
	}

	@Test
	void draftsAnInvoiceWithLineTotalsAndTax() {
		JsonNode data = draft(
				aDraftTo(school.student(), List.of(aLine("Aircraft D-EABC C172, 1.5 h", "1.5", "180.00", "19"),
						aLine("Headset rental", "0.3333", "10.00", "0"))));

		JsonNode invoice = data.get("attributes");
		assertThat(data.get("type").asString()).isEqualTo("invoice");
		assertThat(invoice.get("status").asString()).isEqualTo("draft");
		assertThat(invoice.get("number").isNull()).as("a draft has no number").isTrue();
		assertThat(invoice.get("member_id").asString()).isEqualTo(school.student().id());
		JsonNode first = invoice.get("lines").get(0);
		assertThat(first.get("quantity").asString()).isEqualTo("1.5");
		assertThat(first.get("tax_rate").asString()).isEqualTo("19");
		assertThat(first.get("net").get("amount").asString()).isEqualTo("270.00");
		assertThat(first.get("tax").get("amount").asString()).isEqualTo("51.30");
		assertThat(first.get("total").get("amount").asString()).isEqualTo("321.30");
		assertThat(invoice.get("lines").get(1).get("net").get("amount").asString()).as("3.333 rounds to 3.33")
			.isEqualTo("3.33");
		assertThat(invoice.get("subtotal").get("amount").asString()).isEqualTo("273.33");
		assertThat(invoice.get("tax_total").get("amount").asString()).isEqualTo("51.30");
		assertThat(invoice.get("total").get("amount").asString()).isEqualTo("324.63");
		assertThat(invoice.get("total").get("currency").asString()).isEqualTo("EUR");
		assertThat(api.get(invoices + "/" + data.get("id").asString(), owner()).status()).isEqualTo(200);
	}

	@Test
	void roundsEachLineHalfUp() {
		JsonNode invoice = draft(aDraftTo(school.student(),
				List.of(aLine("Sticker", "1", "0.05", "10"), aLine("Sticker", "1", "0.05", "10"))))
			.get("attributes");

		assertThat(invoice.get("lines").get(0).get("tax").get("amount").asString()).as("0.005 rounds up")
			.isEqualTo("0.01");
		assertThat(invoice.get("tax_total").get("amount").asString()).as("the sum of the rounded lines")
			.isEqualTo("0.02");
		assertThat(invoice.get("total").get("amount").asString()).isEqualTo("0.12");
	}

	@Test
	void issuesMarksPaidAndKeepsTheNumber() {
		String id = draft(aDraftTo(school.student())).get("id").asString();

		Response issued = act(id, "issue");
		assertThat(issued.status()).isEqualTo(200);
		JsonNode invoice = issued.body().get("data").get("attributes");
		assertThat(invoice.get("status").asString()).isEqualTo("issued");
		assertThat(invoice.get("number").asString()).matches("\\d{4}-0001");
		assertThat(invoice.get("issue_date").asString()).isNotBlank();

		Response paid = api.send("POST", invoices + "/" + id + "/pay", owner(),
				Map.of("method", "bank transfer", "note", "Ref 42"));
		assertThat(paid.status()).isEqualTo(200);
		JsonNode after = paid.body().get("data").get("attributes");
		assertThat(after.get("status").asString()).isEqualTo("paid");
		assertThat(after.get("paid_at").asString()).isNotBlank();
		assertThat(after.get("payment_method").asString()).isEqualTo("bank transfer");
		assertThat(after.get("number").asString()).isEqualTo(invoice.get("number").asString());

		assertThat(act(id, "void").status()).as("a paid invoice is not voided").isEqualTo(409);
	}

	@Test
	void refusesEditingAnIssuedInvoiceNamingTheRule() {
		String id = draft(aDraftTo(school.student())).get("id").asString();
		String number = act(id, "issue").body().get("data").get("attributes").get("number").asString();

		Response edited = api.send("PATCH", invoices + "/" + id, owner(), Map.of("notes", "Changed"));

		assertThat(edited.status()).isEqualTo(409);
		assertThat(edited.body().get("error").get("code").asString()).isEqualTo("conflict");
		assertThat(edited.body().get("error").get("message").asString())
			.isEqualTo("Invoice " + number + " is issued; only drafts can be edited — void it and draft a new one");
		assertThat(field(edited)).isEqualTo("status");
		assertThat(api.send("DELETE", invoices + "/" + id, owner(), null).status()).as("issued ones are voided")
			.isEqualTo(409);
	}

	@Test
	void editsADraftReplacingItsLines() {
		String id = draft(aDraftTo(school.student())).get("id").asString();

		Map<String, Object> change = new HashMap<>();
		change.put("member_id", school.member().id());
		change.put("due_date", "2027-01-31");
		change.put("lines", List.of(aLine("Briefing", "2", "45.50", "7")));
		Response edited = api.send("PATCH", invoices + "/" + id, owner(), change);

		assertThat(edited.status()).as(edited.raw().body()).isEqualTo(200);
		JsonNode invoice = edited.body().get("data").get("attributes");
		assertThat(invoice.get("member_id").asString()).isEqualTo(school.member().id());
		assertThat(invoice.get("due_date").asString()).isEqualTo("2027-01-31");
		assertThat(invoice.get("lines")).hasSize(1);
		assertThat(invoice.get("total").get("amount").asString()).isEqualTo("97.37");
	}

	@Test
	void refusesPayingADraft() {
		String id = draft(aDraftTo(school.student())).get("id").asString();

		Response paid = act(id, "pay");

		assertThat(paid.status()).isEqualTo(409);
		assertThat(paid.body().get("error").get("message").asString()).contains("is a draft; issue it before");
	}

	@Test
	void voidsAnIssuedInvoiceAndTheNextNumberFollowsWithoutAGap() {
		String first = draft(aDraftTo(school.student())).get("id").asString();
		String firstNumber = act(first, "issue").body().get("data").get("attributes").get("number").asString();

		Response voided = api.send("POST", invoices + "/" + first + "/void", owner(), Map.of("reason", "Wrong member"));
		assertThat(voided.status()).isEqualTo(200);
		assertThat(voided.body().get("data").get("attributes").get("status").asString()).isEqualTo("void");
		assertThat(voided.body().get("data").get("attributes").get("number").asString()).isEqualTo(firstNumber);

		String second = draft(aDraftTo(school.student())).get("id").asString();
		assertThat(act(second, "issue").body().get("data").get("attributes").get("number").asString())
			.isEqualTo(firstNumber.replace("-0001", "-0002"));
	}

	@Test
	void deletesADraft() {
		String id = draft(aDraftTo(school.student())).get("id").asString();

		assertThat(api.send("DELETE", invoices + "/" + id, owner(), null).status()).isEqualTo(204);
		assertThat(api.get(invoices + "/" + id, owner()).status()).isEqualTo(404);
	}

	@Test
	void refusesIssuingADraftWithoutLines() {
		String id = draft(aDraftTo(school.student(), List.of())).get("id").asString();

		Response issued = act(id, "issue");

		assertThat(issued.status()).isEqualTo(409);
		assertThat(field(issued)).isEqualTo("lines");
	}

	@Test
	void issuesGaplessNumbersFromManyThreadsAtOnce() throws Exception {
		List<String> drafts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			drafts.add(draft(aDraftTo(school.student())).get("id").asString());
		}
		List<Future<Response>> answers = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
			for (String id : drafts) {
				answers.add(threads.submit(() -> act(id, "issue")));
			}
		}
		List<String> numbers = new ArrayList<>();
		for (Future<Response> answer : answers) {
			Response issued = answer.get();
			assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
			numbers.add(issued.body().get("data").get("attributes").get("number").asString());
		}

		String year = numbers.getFirst().substring(0, 4);
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			expected.add(year + "-" + String.format("%04d", i));
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void refusesMoreDecimalsThanTheCurrencyAllows() {
		Response refused = api.send("POST", invoices, owner(),
				aDraftTo(school.student(), List.of(aLine("Fuel", "1", "10.005", "0"))));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("validation_error");
		assertThat(field(refused)).isEqualTo("lines[0].unit_price");
		assertThat(refused.body().get("error").get("details").get("issue").asString()).contains("EUR");
		assertThat(count()).isZero();
	}

	@Test
	void refusesAnotherCurrencyThanTheOrganizations() {
		Map<String, Object> line = aLine("Fuel", "1", "10.00", "0");
		line.put("unit_price", Map.of("amount", "10.00", "currency", "USD"));

		Response refused = api.send("POST", invoices, owner(), aDraftTo(school.student(), List.of(line)));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("lines[0].unit_price");
		assertThat(refused.body().get("error").get("details").get("issue").asString()).contains("EUR");
	}

	@Test
	void refusesAQuantityOfZeroAndATaxRateAbove100() {
		Response refused = api.send("POST", invoices, owner(), aDraftTo(school.student(),
				List.of(aLine("Fuel", "0", "10.00", "0"), aLine("Fuel", "1", "10.00", "101"))));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("lines[0].quantity");
		assertThat(refused.raw().body()).contains("lines[1].tax_rate");
	}

	@Test
	void refusesANegativeTaxRate() {
		Response refused = api.send("POST", invoices, owner(),
				aDraftTo(school.student(), List.of(aLine("Fuel", "1", "10.00", "-1"))));

		assertThat(field(refused)).isEqualTo("lines[0].tax_rate");
	}

	@Test
	void storesNothingWhenOneLineIsBad() {
		Response refused = api.send("POST", invoices, owner(),
				aDraftTo(school.student(), List.of(aLine("Good", "1", "10.00", "0"), aLine("", "1", "10.00", "0"))));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("lines[1].description");
		assertThat(count()).isZero();
	}

	@Test
	void refusesABillToWhoIsNotAMember() {
		Response refused = api.send("POST", invoices, owner(), aDraftTo(api.newPilot()));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("member_id");
	}

	@Test
	void refusesRolesWithoutAccountingManageEvenWithAnEmptyBody() {
		for (Role role : List.of(Role.INSTRUCTOR, Role.MEMBER, Role.STUDENT)) {
			Response refused = api.send("POST", invoices, school.as(role).key(), Map.of());
			assertThat(refused.status()).as(role.name()).isEqualTo(403);
			assertThat(refused.body().get("error").get("code").asString()).isEqualTo("forbidden");
		}
		String id = draft(aDraftTo(school.student())).get("id").asString();
		assertThat(api.send("POST", invoices + "/" + id + "/issue", school.instructor().key(), null).status())
			.isEqualTo(403);
		assertThat(api.send("PATCH", invoices + "/" + id, school.student().key(), Map.of()).status()).isEqualTo(403);
		assertThat(api.send("POST", invoices, school.admin().key(), aDraftTo(school.student())).status())
			.as("admins manage accounting")
			.isEqualTo(201);
	}

	@Test
	void answersNotFoundToNonMembersAndForAnotherOrganizationsInvoice() {
		String id = draft(aDraftTo(school.student())).get("id").asString();
		School other = organizations.aSchool(api, "Other Club", "EUR");

		assertThat(api.get(invoices + "/" + id, other.owner().key()).status()).as("not a member").isEqualTo(404);
		assertThat(api.get(invoices, other.owner().key()).status()).isEqualTo(404);
		Response elsewhere = api.get(other.path() + "/invoices/" + id, other.owner().key());
		assertThat(elsewhere.status()).as("the id belongs to another organization").isEqualTo(404);
		assertThat(api.send("POST", other.path() + "/invoices/" + id + "/issue", other.owner().key(), null).status())
			.isEqualTo(404);
		assertThat(api.send("DELETE", other.path() + "/invoices/" + id, other.owner().key(), null).status())
			.isEqualTo(404);
	}

	@Test
	void aMemberSeesOnlyTheirOwnIssuedInvoices() {
		String theirs = draft(aDraftTo(school.student())).get("id").asString();
		String theirDraft = draft(aDraftTo(school.student())).get("id").asString();
		String someoneElses = draft(aDraftTo(school.member())).get("id").asString();
		act(theirs, "issue");
		act(someoneElses, "issue");
		String student = school.student().key();

		Response listed = api.get(invoices, student);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body().get("data").findValuesAsString("id")).containsExactly(theirs);
		assertThat(api.get(invoices + "/" + theirs, student).status()).isEqualTo(200);
		assertThat(api.get(invoices + "/" + theirDraft, student).status()).as("drafts are not shown yet")
			.isEqualTo(403);
		assertThat(api.get(invoices + "/" + someoneElses, student).status()).isEqualTo(403);
		assertThat(api.get(invoices + "?member_id=" + school.member().id(), student).body().get("data")).isEmpty();
		assertThat(api.get(invoices, owner()).body().get("meta").get("total").asLong()).isEqualTo(3);
	}

	@Test
	void filtersByStatusMemberAndDate() {
		String issued = draft(aDraftTo(school.student())).get("id").asString();
		act(issued, "issue");
		String drafted = draft(aDraftTo(school.member())).get("id").asString();

		assertThat(api.get(invoices + "?status=draft", owner()).body().get("data").findValuesAsString("id"))
			.containsExactly(drafted);
		assertThat(api.get(invoices + "?member_id=" + school.student().id(), owner())
			.body()
			.get("data")
			.findValuesAsString("id")).containsExactly(issued);
		assertThat(api.get(invoices + "?from=2000-01-01&to=2000-12-31", owner()).body().get("data")).isEmpty();
		assertThat(api.get(invoices + "?from=2000-01-01", owner()).body().get("meta").get("total").asLong())
			.isEqualTo(2);
		assertThat(api.get(invoices + "?per_page=1", owner()).body().get("links").get("next").asString())
			.contains("page=2");
	}

	@Test
	void refusesBadFiltersNamingTheParameter() {
		assertThat(field(api.get(invoices + "?from=yesterday", owner()))).isEqualTo("from");
		assertThat(field(api.get(invoices + "?status=lost", owner()))).isEqualTo("status");
		assertThat(field(api.get(invoices + "?member_id=nobody", owner()))).isEqualTo("member_id");
	}

	@Test
	void setsInstructorRates() {
		String rates = school.path() + "/accounting/rates";
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("instructor_hourly_rate", money("60.00"));
		defaults.put("default_tax_rate", "19");
		Response set = api.send("PATCH", rates, owner(), defaults);
		assertThat(set.status()).as(set.raw().body()).isEqualTo(200);
		assertThat(set.body().get("data").get("type").asString()).isEqualTo("accounting_rates");
		assertThat(set.body().get("data").get("attributes").get("instructor_hourly_rate").get("amount").asString())
			.isEqualTo("60.00");

		Response own = api.send("PUT", rates + "/instructors/" + school.instructor().id(), owner(),
				Map.of("hourly_rate", money("75.00")));
		assertThat(own.status()).isEqualTo(200);
		JsonNode instructor = own.body().get("data").get("attributes").get("instructors").get(0);
		assertThat(instructor.get("instructor_id").asString()).isEqualTo(school.instructor().id());
		assertThat(instructor.get("hourly_rate").get("amount").asString()).isEqualTo("75.00");

		assertThat(field(api.send("PUT", rates + "/instructors/" + school.instructor().id(), owner(),
				Map.of("hourly_rate", money("75.001")))))
			.isEqualTo("hourly_rate");
		assertThat(api
			.send("PUT", rates + "/instructors/" + api.newPilot().id(), owner(), Map.of("hourly_rate", money("75.00")))
			.status()).as("not a member").isEqualTo(404);
		assertThat(api.get(rates, school.instructor().key()).status()).isEqualTo(403);
		assertThat(api.send("DELETE", rates + "/instructors/" + school.instructor().id(), owner(), null).status())
			.isEqualTo(204);
		assertThat(api.get(rates, owner()).body().get("data").get("attributes").get("instructors")).isEmpty();
	}

}
