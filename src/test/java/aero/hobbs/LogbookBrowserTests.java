package aero.hobbs;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pilot's journey through the pages in a real browser (Debian's Chromium, driven by
 * Playwright): sign up, find the logbook empty, open the flight form, see the airport
 * field suggest airports as they are typed, have a bad form sent back with the error next
 * to the field and everything typed kept, log the flight, find it in the logbook table
 * and the totals, export the logbook as CSV, and sign out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogbookBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Chromium chromium;

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launchBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		chromium = Chromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void pilotSignsUpLogsAFlightAndExportsTheLogbook() throws IOException {
		String email = "pilot-" + UUID.randomUUID() + "@example.com";
		LocalDate flown = LocalDate.now(ZoneOffset.UTC).minusDays(2);
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
			Page page = context.newPage();
			List<String> pageErrors = new ArrayList<>();
			List<String> failedResponses = new ArrayList<>();
			page.onPageError(pageErrors::add);
			page.onResponse(response -> {
				if (response.status() >= 400) {
					failedResponses.add(response.status() + " " + response.url());
				}
			});

			// sign up: lands on the (empty) logbook, signed in
			page.navigate(url("/signup"));
			page.locator("input[name=name]").fill("Amelia Browser");
			page.locator("input[name=email]").fill(email);
			page.locator("input[name=password]").fill("correct-horse-battery");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
			page.waitForURL(Pattern.compile(".*/logbook\\?welcome$"));
			assertThat(page.locator("#empty-logbook")).isVisible();
			assertThat(page.locator("#sign-out")).isVisible();

			// the flight form
			page.locator("#add-flight").click();
			// waitForURL waits for the page's load event, so htmx (a deferred script) is
			// listening before we type
			page.waitForURL(Pattern.compile(".*/logbook/flights/new$"));
			assertThat(page.locator("h1")).hasText("Add a flight");

			// typing an airport code asks the server for suggestions (htmx GET) and names
			// the airport
			Locator departure = page.locator("input[name=departure_airport]");
			Request suggest = page.waitForRequest(request -> request.url().contains("/airports/suggest"),
					() -> departure.pressSequentially("CYTZ"));
			assertThat(suggest.method()).isEqualTo("GET");
			assertThat(suggest.headers()).containsEntry("hx-request", "true");
			assertThat(page.locator("#departure-hint")).containsText("Billy Bishop");
			assertThat(page.locator("#departure-hint")).containsText(Pattern.compile("43\\.\\d+, -79\\.\\d+"));
			assertThat(page.locator("#departure-airports option[value=CYTZ]")).isAttached();

			page.locator("input[name=flight_date]").fill(flown.toString());
			page.locator("input[name=aircraft_registration]").fill("C-GHOB");
			page.locator("input[name=aircraft_type]").fill("C172");
			page.locator("input[name=arrival_airport]").fill("CYOO");
			assertThat(page.locator("#arrival-hint")).containsText("Oshawa");
			page.locator("input[name=departure_time]").fill("14:00");
			page.locator("input[name=arrival_time]").fill("15:25");
			page.locator("input[name=pic_time_minutes]").fill("abc");
			page.locator("input[name=landings_day]").fill("1");
			page.locator("textarea[name=remarks]").fill("Circuits over the lake");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("flight-form.png")).setFullPage(true));

			// a duration that cannot be read: the form comes back, the error by the
			// field, everything typed kept
			page.locator("#save-flight").click();
			page.waitForURL(Pattern.compile(".*/logbook/flights$"));
			assertThat(page.locator("#form-errors")).isVisible();
			Locator pic = page.locator("input[name=pic_time_minutes]");
			assertThat(pic).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("label:has(input[name=pic_time_minutes]) small.field-error")).containsText("h:mm");
			assertThat(page.locator("small.field-error")).hasCount(1);
			assertThat(pic).hasValue("abc");
			assertThat(page.locator("input[name=flight_date]")).hasValue(flown.toString());
			assertThat(page.locator("input[name=aircraft_registration]")).hasValue("C-GHOB");
			assertThat(page.locator("input[name=aircraft_type]")).hasValue("C172");
			assertThat(departure).hasValue("CYTZ");
			assertThat(page.locator("input[name=arrival_airport]")).hasValue("CYOO");
			assertThat(page.locator("input[name=departure_time]")).hasValue("14:00");
			assertThat(page.locator("input[name=arrival_time]")).hasValue("15:25");
			assertThat(page.locator("input[name=landings_day]")).hasValue("1");
			assertThat(page.locator("textarea[name=remarks]")).hasValue("Circuits over the lake");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("flight-form-errors.png"))
				.setFullPage(true));

			// corrected, the flight is logged
			pic.fill("1:25");
			page.locator("#save-flight").click();
			page.waitForURL(Pattern.compile(".*/logbook$"));
			assertThat(page.locator("p.notice")).containsText("Flight of " + flown + " logged.");
			Locator rows = page.locator("#flights tbody tr");
			assertThat(rows).hasCount(1);
			Locator cells = rows.first().locator("td");
			assertThat(cells.nth(0)).hasText(flown.toString());
			assertThat(cells.nth(1)).containsText("C-GHOB");
			assertThat(cells.nth(2)).hasText("CYTZ");
			assertThat(cells.nth(3)).hasText("CYOO");
			assertThat(cells.nth(4)).hasText("14:00");
			assertThat(cells.nth(5)).hasText("15:25");
			assertThat(cells.nth(6)).hasText("1:25");
			assertThat(cells.nth(7)).hasText("1:25");
			Locator lifetime = page.locator("#totals tr[data-period=\"Lifetime\"]");
			assertThat(lifetime.locator("td").first()).hasText("1");
			assertThat(lifetime.locator("td[data-col=block]")).hasText("1:25");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("logbook.png")).setFullPage(true));

			// the CSV export: seed 000's 64 columns, the flight in wire units
			Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
			assertThat(download.failure()).isNull();
			assertThat(download.suggestedFilename()).startsWith("hobbs-logbook-").endsWith(".csv");
			List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
			assertThat(lines).hasSize(2);
			String header = lines.get(0);
			assertThat(header).startsWith("flight_date,aircraft_type,aircraft_registration");
			List<String> columns = Arrays.asList(header.split(",", -1));
			assertThat(columns).hasSize(64).doesNotHaveDuplicates();
			String[] flight = lines.get(1).split(",", -1);
			assertThat(flight).hasSize(64);
			assertThat(lines.get(1)).contains("CYTZ").contains("85");
			assertThat(flight[columns.indexOf("flight_date")]).isEqualTo(flown.toString());
			assertThat(flight[columns.indexOf("departure_airport")]).isEqualTo("CYTZ");
			assertThat(flight[columns.indexOf("arrival_airport")]).isEqualTo("CYOO");
			assertThat(flight[columns.indexOf("block_time_minutes")]).isEqualTo("85");
			assertThat(flight[columns.indexOf("pic_time_minutes")]).isEqualTo("85");

			// sign out: back at the sign-in page, and the logbook is closed
			page.locator("#sign-out").click();
			page.waitForURL(Pattern.compile(".*/login\\?signedOut$"));
			assertThat(page.locator("h1")).hasText("Sign in");
			assertThat(page.locator("p.notice")).hasText("You are signed out.");
			page.navigate(url("/logbook"));
			page.waitForURL(Pattern.compile(".*/login$"));

			assertThat(pageErrors).as("script errors in the pages").isEmpty();
			assertThat(failedResponses).as("failed requests (pages, styles, scripts)").isEmpty();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
