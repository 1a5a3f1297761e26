package aero.hobbs.myflightbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.Chromium;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Connecting MyFlightbook in a real browser: the logbook's card, the consent redirect to
 * {@link MyFlightbookSimulator} and back, and disconnecting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyFlightbookBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final MyFlightbookSimulator mfb = new MyFlightbookSimulator();

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void simulatedMyFlightbook(DynamicPropertyRegistry registry) {
		registry.add("hobbs.myflightbook.client-id", () -> MyFlightbookSimulator.CLIENT_ID);
		registry.add("hobbs.myflightbook.client-secret", () -> MyFlightbookSimulator.CLIENT_SECRET);
		registry.add("hobbs.myflightbook.base-url", () -> mfb.baseUrl().toString());
	}

	@BeforeAll
	static void launchBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
		mfb.close();
	}

	@Test
	void aPilotConnectsAndDisconnectsFromTheLogbook() {
		Pilot pilot = new ApiClient(port).newPilot();

		try (BrowserContext context = chromium.browser().newContext()) {
			Page page = Chromium.watched(context.newPage());
			Chromium.signIn(page, url(""), pilot);
			assertThat(page.locator("#mfb-connect")).hasText("Connect MyFlightbook");

			page.locator("#mfb-connect").click();
			page.waitForURL(Pattern.compile(".*/logbook$"));
			assertThat(page.locator("p.notice")).containsText("MyFlightbook is connected");
			assertThat(page.locator("#mfb-account")).hasAttribute("data-state", "connected");
			assertThat(page.locator("#mfb-scopes")).hasText(MyFlightbookSimulator.READ_SCOPES);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("myflightbook-card.png"))
				.setFullPage(true));

			page.locator("#mfb-disconnect").click();
			assertThat(page.locator("p.notice")).containsText("MyFlightbook is disconnected");
			assertThat(page.locator("#mfb-connect")).isVisible();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
