package aero.hobbs.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.connectors.PartnerSimulator.Answer;
import aero.hobbs.logbook.FlightFilter;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.shared.web.SignedInUser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The connector pages: the pilot's review resolving blocked flights and a failed sync's
 * message, the partner staff's browser endpoint (session and CSRF), and the admin pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConnectorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Connectors connectors;

	@Autowired
	AllowedUsers allowedUsers;

	@Autowired
	Logbook logbook;

	final JsonMapper json = JsonMapper.builder().build();

	PartnerSimulator partner;

	long connectorId;

	SignedInUser pilot;

	@BeforeEach
	void aPilotAllowedByAConnector() throws Exception {
		partner = new PartnerSimulator();
		connectorId = connectors
			.create(new ConnectorDetails("Crew roster", partner.checkuserUrl(), partner.getnewidsUrl(), 9999,
					new ConnectorDetails.Price("4.00", "EUR")))
			.connector()
			.id();
		pilot = signedIn(newAccount());
		allowedUsers.importEmails(connectorId, List.of(pilot.email()), List.of());
	}

	@AfterEach
	void stopPartner() {
		partner.close();
	}

	@Test
	void resolvesBlockedFlightsInTheReviewAndSyncsThem() throws Exception {
		partner
			.onGetnewids(
					request -> Answer.json(json.writeValueAsString(Map.of("items",
							List.of(ConnectorFixtures.with(ConnectorFixtures
								.with(ConnectorFixtures.aTrainingFlight("f-1"), "aircraft_registration", "C-FXYZ"),
									"arrival_airport", "QQQ9"))))));

		mvc.perform(post("/connections/" + connectorId + "/preview").with(csrf()).with(user(pilot)))
			.andExpect(redirectedUrl("/connections/" + connectorId))
			.andExpect(flash().attribute("notice", containsString("1 blocked")));
		mvc.perform(get("/connections/" + connectorId).with(user(pilot)))
			.andExpect(content().string(containsString("Add aircraft C-FXYZ")))
			.andExpect(content().string(containsString("Resolve airport QQQ9")));

		mvc.perform(post("/connections/" + connectorId + "/aircraft").with(csrf())
			.with(user(pilot))
			.param("registration", "C-FXYZ")
			.param("type_code", "C172")).andExpect(flash().attribute("notice", "Added C-FXYZ."));
		mvc.perform(post("/connections/" + connectorId + "/airport-alias").with(csrf())
			.with(user(pilot))
			.param("code", "QQQ9")
			.param("target_code", "cyoo")).andExpect(flash().attribute("notice", "QQQ9 now means CYOO."));
		mvc.perform(get("/connections/" + connectorId).with(user(pilot)))
			.andExpect(content().string(containsString("badge ready")));

		mvc.perform(post("/connections/" + connectorId + "/sync").with(csrf()).with(user(pilot)))
			.andExpect(flash().attribute("notice", containsString("Imported 1 of 1")));
		assertThat(logbook.list(pilot.id(), FlightFilter.NONE, 0, 10).flights()).singleElement()
			.satisfies(flight -> assertThat(flight.values().get(aero.hobbs.logbook.FlightColumn.ARRIVAL_AIRPORT))
				.isEqualTo("CYOO"));
	}

	@Test
	void showsWhyASyncFailedAndImportsNothing() throws Exception {
		partner.onGetnewids(request -> Answer.of(200, "text/html", "<html><body>Maintenance</body></html>"));

		mvc.perform(post("/connections/" + connectorId + "/sync").with(csrf()).with(user(pilot)))
			.andExpect(flash().attribute("problem", containsString("HTML instead of JSON")));
		assertThat(logbook.list(pilot.id(), FlightFilter.NONE, 0, 10).total()).isZero();
	}

	@Test
	void theBrowserEndpointNeedsASessionACsrfTokenAndAConnectorAdmin() throws Exception {
		SignedInUser staff = signedIn(newAccount());
		connectors.addAdmin(connectorId, staff.email());
		String add = json
			.writeValueAsString(Map.of("connector_id", connectorId, "action", "add", "email", "new.pilot@example.com"));

		mvc.perform(get("/api/partner-connector-users.php").param("connector_id", Long.toString(connectorId)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").isString());
		mvc.perform(post("/api/partner-connector-users.php").with(user(staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content(add)).andExpect(status().isForbidden()).andExpect(jsonPath("$.error", containsString("CSRF")));
		mvc.perform(post("/api/partner-connector-users").with(user(pilot))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(add)).andExpect(status().isNotFound()).andExpect(jsonPath("$.error").isString());

		mvc.perform(post("/api/partner-connector-users.php").with(user(staff))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(add))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.user.access_token", matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.fees.unit_price.amount").value("4.00"));
		mvc.perform(get("/api/partner-connector-users.php").with(user(staff))
			.param("connector_id", Long.toString(connectorId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.users.length()").value(2))
			.andExpect(jsonPath("$.fees.warning", containsString("more than 2 days")));
		mvc.perform(get("/partner/connectors/" + connectorId).with(user(staff)))
			.andExpect(content().string(containsString("new.pilot@example.com")))
			.andExpect(content().string(containsString("Monthly connector-user fees")));
	}

	@Test
	void adminPagesAreForPlatformAdminsOnly() throws Exception {
		SignedInUser admin = new SignedInUser(aero.hobbs.shared.UserId.random(), "admin@example.com", "Admin", null,
				null);
		mvc.perform(get("/admin/connectors").with(user(pilot))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/connectors").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Crew roster")));

		mvc.perform(post("/admin/connectors").with(csrf())
			.with(user(admin))
			.param("name", "Tracker")
			.param("endpointCheckuser", "not a url")
			.param("endpointGetnewids", partner.getnewidsUrl())
			.param("accessPlan", "1")
			.param("amount", "2.50")
			.param("currency", "USD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("absolute http(s) URL")))
			.andExpect(content().string(containsString("value=\"Tracker\"")));
		mvc.perform(post("/admin/connectors").with(csrf())
			.with(user(admin))
			.param("name", "Tracker")
			.param("endpointCheckuser", partner.checkuserUrl())
			.param("endpointGetnewids", partner.getnewidsUrl())
			.param("accessPlan", "1")
			.param("amount", "2.50")
			.param("currency", "USD")).andExpect(flash().attribute("apiKey", matchesPattern("hbc_.{43}")));
	}

	private Account newAccount() {
		return accounts.signUp("pilot-" + UUID.randomUUID() + "@example.com", "correct-horse-1", "Pat Pilot");
	}

	private static SignedInUser signedIn(Account account) {
		return new SignedInUser(account.id(), account.email(), account.name(), null, null);
	}

}
