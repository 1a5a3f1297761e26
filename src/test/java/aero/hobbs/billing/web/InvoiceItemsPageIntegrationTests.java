package aero.hobbs.billing.web;

import static aero.hobbs.billing.InvoicingFixtures.anEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;

import aero.hobbs.billing.BillingIntegrationTest;
import aero.hobbs.billing.InvoicingFixtures;
import aero.hobbs.billing.Invoicing;
import aero.hobbs.billing.MovableClock;
import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.Connectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin page of invoice items. Who may open {@code /admin/**} is the security
 * configuration's concern; these requests come from a platform admin.
 */
@BillingIntegrationTest
class InvoiceItemsPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Invoicing invoicing;

	@Autowired
	Connectors connectors;

	@Autowired
	AllowedUsers allowedUsers;

	@Autowired
	MovableClock clock;

	@Test
	void listsTheMonthsItems() throws Exception {
		InvoicingFixtures fixtures = new InvoicingFixtures(connectors, allowedUsers, clock);
		long connector = fixtures.aConnectorCreatedAt("2025-09-01T08:00:00Z", "4.50");
		fixtures.register(connector, anEmail("one"), "2025-09-02T08:00:00Z");
		fixtures.register(connector, anEmail("two"), "2025-09-03T08:00:00Z");
		fixtures.register(connector, anEmail("too-late"), "2025-09-29T08:00:00Z");
		clock.set("2025-10-01T00:30:00Z");
		invoicing.invoiceMonth(YearMonth.of(2025, 9));

		mvc.perform(get("/admin/invoice-items").param("month", "2025-09").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>" + fixtures.name(connector) + "</span>")))
			.andExpect(content().string(containsString("<td>2025-09</td>")))
			.andExpect(content().string(containsString("<td class=\"num\">2</td>")))
			.andExpect(content().string(containsString("4.50 EUR")))
			.andExpect(content().string(containsString("9.00 EUR")));
	}

	@Test
	void showsAMalformedMonthAtItsField() throws Exception {
		mvc.perform(get("/admin/invoice-items").param("month", "September").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the month as YYYY-MM")))
			.andExpect(content().string(not(containsString("id=\"invoice-items\""))));
	}

	private static RequestPostProcessor admin() {
		return user("admin@example.com").roles("PLATFORM_ADMIN");
	}

}
