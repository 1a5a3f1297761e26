package aero.hobbs.accounting;

import static aero.hobbs.accounting.AccountingFixtures.aDraftTo;
import static aero.hobbs.accounting.AccountingFixtures.aLine;
import static aero.hobbs.accounting.AccountingFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * {@code /v1/organizations/{orgId}/accounting/summary}: revenue from invoices issued in
 * the month (void ones left out), payments, expenses, net, per aircraft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganizationFixtures.class, AccountingFixtures.class })
class SummaryApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	AccountingFixtures accounting;

	ApiClient api;

	School school;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
	}

	private String issue(Map<String, Object> draft) {
		String owner = school.owner().key();
		String id = api.send("POST", school.path() + "/invoices", owner, draft).body().get("data").get("id").asString();
		assertThat(api.send("POST", school.path() + "/invoices/" + id + "/issue", owner, null).status()).isEqualTo(200);
		return id;
	}

	private void expense(String category, String amount, LocalDate date, UUID aircraft) {
		Map<String, Object> expense = new HashMap<>();
		expense.put("category", category);
		expense.put("amount", money(amount));
		expense.put("date", date.toString());
		if (aircraft != null) {
			expense.put("aircraft_id", aircraft.toString());
		}
		assertThat(api.send("POST", school.path() + "/expenses", school.owner().key(), expense).status())
			.isEqualTo(201);
	}

	private static String amount(JsonNode node, String field) {
		return node.get(field).get("amount").asString();
	}

	@Test
	void sumsTheMonthAndSplitsItPerAircraft() {
		UUID skyhawk = accounting.anAircraft(school, "D-EABC", "180.00");
		UUID archer = accounting.anAircraft(school, "D-EXYZ", "200.00");
		Map<String, Object> flight = aLine("Aircraft D-EABC", "1.5", "180.00", "19");
		flight.put("aircraft_id", skyhawk.toString());
		String paid = issue(aDraftTo(school.student(), List.of(flight, aLine("Briefing", "1", "50.00", "19"))));
		api.send("POST", school.path() + "/invoices/" + paid + "/pay", school.owner().key(), null);
		issue(aDraftTo(school.member(), List.of(aLine("Membership", "1", "100.00", "0"))));
		String voided = issue(aDraftTo(school.member(), List.of(aLine("Mistake", "1", "999.00", "0"))));
		api.send("POST", school.path() + "/invoices/" + voided + "/void", school.owner().key(), null);
		api.send("POST", school.path() + "/invoices", school.owner().key(),
				aDraftTo(school.member(), List.of(aLine("A draft does not count", "1", "500.00", "0"))));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		expense("fuel", "80.00", today, skyhawk);
		expense("maintenance", "120.00", today, archer);
		expense("insurance", "30.00", today, null);
		expense("hangar", "1000.00", today.minusMonths(2), null);

		Response answered = api.get(school.path() + "/accounting/summary?month=" + YearMonth.from(today),
				school.owner().key());

		assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
		assertThat(answered.body().get("data").get("type").asString()).isEqualTo("accounting_summary");
		assertThat(answered.body().get("data").get("id").asString()).isEqualTo(YearMonth.from(today).toString());
		JsonNode summary = answered.body().get("data").get("attributes");
		assertThat(amount(summary, "revenue")).as("270 + 50 + 100, before tax").isEqualTo("420.00");
		assertThat(amount(summary, "tax_invoiced")).isEqualTo("60.80");
		assertThat(amount(summary, "invoiced_total")).isEqualTo("480.80");
		assertThat(summary.get("invoices_issued").asInt()).isEqualTo(2);
		assertThat(amount(summary, "paid")).isEqualTo("380.80");
		assertThat(summary.get("invoices_paid").asInt()).isEqualTo(1);
		assertThat(amount(summary, "expenses")).isEqualTo("230.00");
		assertThat(amount(summary, "net")).isEqualTo("190.00");
		JsonNode perAircraft = summary.get("per_aircraft");
		assertThat(perAircraft.findValuesAsString("registration")).containsExactly("D-EABC", "D-EXYZ");
		assertThat(amount(perAircraft.get(0), "revenue")).isEqualTo("270.00");
		assertThat(amount(perAircraft.get(0), "expenses")).isEqualTo("80.00");
		assertThat(amount(perAircraft.get(0), "net")).isEqualTo("190.00");
		assertThat(amount(perAircraft.get(1), "net")).isEqualTo("-120.00");
		assertThat(summary.get("expenses_by_category").findValuesAsString("category")).containsExactly("fuel",
				"maintenance", "insurance");
	}

	@Test
	void answersAnEmptyMonthWithZeros() {
		JsonNode summary = api.get(school.path() + "/accounting/summary?month=2001-01", school.owner().key())
			.body()
			.get("data")
			.get("attributes");

		assertThat(amount(summary, "revenue")).isEqualTo("0.00");
		assertThat(amount(summary, "net")).isEqualTo("0.00");
		assertThat(summary.get("per_aircraft")).isEmpty();
	}

	@Test
	void refusesABadMonthAndRolesWithoutAccountingView() {
		Response bad = api.get(school.path() + "/accounting/summary?month=2026-13", school.owner().key());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("error").get("details").get("field").asString()).isEqualTo("month");

		assertThat(api.get(school.path() + "/accounting/summary?month=bad", school.instructor().key()).status())
			.as("the role is checked before the input")
			.isEqualTo(403);
		assertThat(api.get(school.path() + "/accounting/summary", api.newPilot().key()).status()).isEqualTo(404);
	}

}
