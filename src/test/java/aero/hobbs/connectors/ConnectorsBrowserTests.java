package aero.hobbs.connectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.Chromium;
import aero.hobbs.connectors.PartnerSimulator.Answer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * The connector pages in a real browser: partner staff allow a pilot on their page (which
 * calls the browser endpoint with the session and CSRF token from JavaScript), and the
 * pilot previews, resolves an unknown airport and syncs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectorsBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	PartnerSimulator partner;

	ApiClient api;

	String connectorId;

	@BeforeAll
	static void launchBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void aConnector() throws Exception {
		partner = new PartnerSimulator();
		api = new ApiClient(port);
		connectorId = api
			.send("POST", "/api/admin/connectors", ApiClient.ADMIN_TOKEN, ConnectorFixtures.aConnector(partner))
			.body()
			.get("data")
			.get("id")
			.asString();
	}

	@AfterEach
	void stopPartner() {
		partner.close();
	}

	@Test
	void staffAllowAPilotWhoThenResolvesAndSyncsAFlight() throws Exception {
		Pilot staff = api.newPilot();
		Pilot pilot = api.newPilot();
		assertThat(api
			.send("POST", "/api/admin/connectors/" + connectorId + "/admins", ApiClient.ADMIN_TOKEN,
					Map.of("email", staff.email()))
			.status()).isEqualTo(200);

		try (BrowserContext context = chromium.browser().newContext()) {
			Page page = Chromium.watched(context.newPage());
			Chromium.signIn(page, url(""), staff);
			page.navigate(url("/partner/connectors/" + connectorId));
			assertThat(page.locator("#fee-warning")).containsText("more than 2 days");
			page.locator("#add-user input[name=email]").fill(pilot.email());
			page.locator("#add-user button").click();
			assertThat(page.locator("#partner-result")).containsText(Pattern.compile("access token.*[0-9a-f]{64}"));
			assertThat(page.locator("#users")).containsText(pilot.email());
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("partner-users.png")).setFullPage(true));
		}

		partner.onGetnewids(request -> Answer.json(new JsonMapper().writeValueAsString(
				List.of(ConnectorFixtures.with(ConnectorFixtures.aTrainingFlight("b-1"), "arrival_airport", "ZZ9Q")))));
		try (BrowserContext context = chromium.browser().newContext()) {
			Page page = Chromium.watched(context.newPage());
			Chromium.signIn(page, url(""), pilot);
			page.navigate(url("/connections"));
			page.locator("#connection-" + connectorId + " button[name=preview]").click();
			page.waitForURL(Pattern.compile(".*/connections/" + connectorId + "$"));
			assertThat(page.locator("p.notice")).containsText("1 blocked");
			assertThat(page.locator("#staged")).containsText("Unknown airport ZZ9Q");
			page.getByText("Resolve airport ZZ9Q").click();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("connection-review.png"))
				.setFullPage(true));
			page.getByText("Resolve airport ZZ9Q").click();

			page.getByText("Add aircraft C-GABC").click();
			page.locator("form.resolve-aircraft button").click();
			assertThat(page.locator("p.notice")).containsText("Added C-GABC.");
			page.getByText("Resolve airport ZZ9Q").click();
			page.locator("form.resolve-alias input[name=target_code]").fill("CYOO");
			page.locator("form.resolve-alias button").click();
			assertThat(page.locator("#staged .badge")).hasText("ready");

			page.locator("button[name=sync]").click();
			assertThat(page.locator("p.notice")).containsText("Imported 1 of 1");
			page.navigate(url("/logbook"));
			assertThat(page.locator("table.logbook")).containsText("CYOO");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
