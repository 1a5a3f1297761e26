package aero.hobbs.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.SignedInUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The invoices, invoice, rates, expenses and summary pages: what each role sees, the
 * draft → issued → paid path, and form errors that keep what was typed and store nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ OrganizationFixtures.class, AccountingFixtures.class })
class AccountingPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	AccountingFixtures accounting;

	School school;

	String base;

	@BeforeEach
	void aSchool() {
		school = organizations.aSchool(new ApiClient(port));
		base = "/organizations/" + school.id();
	}

	private static SignedInUser signedIn(Pilot pilot) {
		return new SignedInUser(UserId.of(pilot.id()), pilot.email(), "Test Pilot", null, null);
	}

	private String draftOneHour(Pilot to) throws Exception {
		String location = mvc
			.perform(post(base + "/invoices").with(csrf())
				.with(user(signedIn(school.owner())))
				.param("memberId", to.id())
				.param("description", "Ground school")
				.param("quantity", "1.5")
				.param("unitPrice", "80.00")
				.param("taxRate", "19"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches(base + "/invoices/[0-9a-f-]{36}");
		return location;
	}

	@Test
	void draftsIssuesAndMarksAnInvoicePaid() throws Exception {
		SignedInUser owner = signedIn(school.owner());
		mvc.perform(get(base + "/invoices").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"draft-from-flight\"")))
			.andExpect(content().string(containsString("id=\"new-invoice\"")))
			.andExpect(content().string(containsString("class=\"active\">Invoices")));
		String invoice = draftOneHour(school.student());

		mvc.perform(get(invoice).with(user(owner)))
			.andExpect(content().string(containsString("id=\"issue-invoice\"")))
			.andExpect(content().string(containsString("142.80 EUR")));
		mvc.perform(post(invoice + "/issue").with(csrf()).with(user(owner))).andExpect(status().is3xxRedirection());
		mvc.perform(get(invoice).with(user(owner)))
			.andExpect(content().string(containsString("id=\"mark-paid\"")))
			.andExpect(content().string(containsString("id=\"void-invoice\"")))
			.andExpect(content().string(not(containsString("id=\"issue-invoice\""))));
		mvc.perform(post(invoice + "/pay").with(csrf()).with(user(owner)).param("method", "cash"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(invoice).with(user(owner)))
			.andExpect(content().string(containsString("data-status=\"paid\"")))
			.andExpect(content().string(not(containsString("id=\"mark-paid\""))));
	}

	@Test
	void addsAndRemovesLinesOfADraft() throws Exception {
		SignedInUser owner = signedIn(school.owner());
		String invoice = draftOneHour(school.student());

		mvc.perform(post(invoice + "/lines").with(csrf())
			.with(user(owner))
			.param("description", "Landing fee")
			.param("quantity", "1")
			.param("unitPrice", "12.50")
			.param("taxRate", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(get(invoice).with(user(owner))).andExpect(content().string(containsString("155.30 EUR")));

		mvc.perform(post(invoice + "/lines").with(csrf())
			.with(user(owner))
			.param("description", "Bad")
			.param("quantity", "1")
			.param("unitPrice", "1.005"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has more decimals than EUR allows")));

		mvc.perform(post(invoice + "/lines/1/delete").with(csrf()).with(user(owner)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(invoice).with(user(owner))).andExpect(content().string(containsString("142.80 EUR")));
	}

	@Test
	void showsDraftErrorsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post(base + "/invoices").with(csrf())
			.with(user(signedIn(school.owner())))
			.param("memberId", "")
			.param("description", "Fuel surcharge")
			.param("quantity", "1")
			.param("unitPrice", "10.005"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the member the invoice is to")))
			.andExpect(content().string(containsString("has more decimals than EUR allows")))
			.andExpect(content().string(containsString("value=\"Fuel surcharge\"")))
			.andExpect(content().string(containsString("id=\"invoices-empty\"")));
	}

	@Test
	void showsAMemberOnlyTheirOwnIssuedInvoices() throws Exception {
		SignedInUser owner = signedIn(school.owner());
		String theirs = draftOneHour(school.student());
		mvc.perform(post(theirs + "/issue").with(csrf()).with(user(owner)));
		String draft = draftOneHour(school.student());
		String someoneElses = draftOneHour(school.member());
		mvc.perform(post(someoneElses + "/issue").with(csrf()).with(user(owner)));
		SignedInUser student = signedIn(school.student());

		mvc.perform(get(base + "/invoices").with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(theirs.substring(theirs.lastIndexOf('/') + 1))))
			.andExpect(content().string(not(containsString(someoneElses.substring(someoneElses.lastIndexOf('/') + 1)))))
			.andExpect(content().string(not(containsString("id=\"new-invoice\""))))
			.andExpect(content().string(not(containsString("Expenses</a>"))));
		mvc.perform(get(theirs).with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"void-invoice\""))));
		mvc.perform(get(draft).with(user(student))).andExpect(status().isForbidden());
		mvc.perform(get(someoneElses).with(user(student))).andExpect(status().isForbidden());
	}

	@Test
	void answersNotFoundToNonMembersAndForbiddenToRolesWithoutAccountingView() throws Exception {
		SignedInUser stranger = signedIn(new ApiClient(port).newPilot());
		mvc.perform(get(base + "/invoices").with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get(base + "/summary").with(user(stranger))).andExpect(status().isNotFound());
		SignedInUser instructor = signedIn(school.instructor());
		mvc.perform(get(base + "/expenses").with(user(instructor))).andExpect(status().isForbidden());
		mvc.perform(get(base + "/summary").with(user(instructor))).andExpect(status().isForbidden());
		mvc.perform(post(base + "/invoices/from-flight").with(csrf()).with(user(instructor)).param("flight_id", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void recordsAnExpenseAndShowsItsErrors() throws Exception {
		SignedInUser owner = signedIn(school.owner());
		accounting.anAircraft(school, "D-EKLM", "150.00");
		mvc.perform(get(base + "/expenses").with(user(owner)))
			.andExpect(content().string(containsString("id=\"add-expense\"")))
			.andExpect(content().string(containsString("D-EKLM")));

		mvc.perform(post(base + "/expenses").with(csrf())
			.with(user(owner))
			.param("category", "fuel")
			.param("amount", "10.005")
			.param("date", "2026-12-01")
			.param("note", "Avgas"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has more decimals than EUR allows")))
			.andExpect(content().string(containsString("value=\"Avgas\"")));
		mvc.perform(post(base + "/expenses").with(csrf())
			.with(user(owner))
			.param("category", "fuel")
			.param("amount", "210.40")
			.param("date", "2026-12-01")
			.param("note", "Avgas")).andExpect(status().is3xxRedirection());
		mvc.perform(get(base + "/expenses").with(user(owner)))
			.andExpect(content().string(containsString("210.40 EUR")))
			.andExpect(content().string(containsString("class=\"active\">Expenses")));
	}

	@Test
	void showsTheMonthlySummaryWithItsChart() throws Exception {
		SignedInUser owner = signedIn(school.owner());
		String invoice = draftOneHour(school.student());
		mvc.perform(post(invoice + "/issue").with(csrf()).with(user(owner)));
		String month = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Berlin"))).toString();

		mvc.perform(get(base + "/summary").param("month", month).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"monthly-summary\"")))
			.andExpect(content().string(containsString("120.00 EUR")))
			.andExpect(content().string(containsString("id=\"summary-chart\"")))
			.andExpect(content().string(containsString("class=\"active\">Summary")));
		mvc.perform(get(base + "/summary").param("month", "2026-13").with(user(owner)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void setsTheRates() throws Exception {
		SignedInUser owner = signedIn(school.owner());
		mvc.perform(post(base + "/invoices/rates").with(csrf())
			.with(user(owner))
			.param("instructor_hourly_rate", "55.00")
			.param("default_tax_rate", "19")).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/invoices/rates/instructors").with(csrf())
			.with(user(owner))
			.param("instructor_id", school.instructor().id())
			.param("hourly_rate", "65.00")).andExpect(status().is3xxRedirection());

		mvc.perform(get(base + "/invoices/rates").with(user(owner)))
			.andExpect(content().string(containsString("value=\"55.00\"")))
			.andExpect(content().string(containsString("65.00 EUR")));
		mvc.perform(post(base + "/invoices/rates").with(csrf())
			.with(user(owner))
			.param("instructor_hourly_rate", "55.001")
			.param("default_tax_rate", "19"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has more decimals")));
	}

}
