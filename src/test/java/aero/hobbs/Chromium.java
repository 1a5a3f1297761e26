package aero.hobbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, headless, without Playwright's browser
 * download. Close it after the tests.
 */
public final class Chromium implements AutoCloseable {

	public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium launch() {
		assertThat(Files.isExecutable(EXECUTABLE))
			.as("The browser tests need Chromium at %s (Debian: apt-get install chromium)", EXECUTABLE)
			.isTrue();
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		return new Chromium(playwright, browser);
	}

	public Browser browser() {
		return browser;
	}

	/**
	 * The page, failing the test when it closes if a script threw or logged an error
	 * meanwhile.
	 */
	public static Page watched(Page page) {
		List<String> errors = new ArrayList<>();
		page.onPageError(errors::add);
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		page.onClose(closed -> assertThat(errors).as("browser errors").isEmpty());
		return page;
	}

	/** Signs in through the form at {@code base}/login and waits for the logbook. */
	public static void signIn(Page page, String base, ApiClient.Pilot who) {
		page.navigate(base + "/login");
		page.locator("input[name=username]").fill(who.email());
		page.locator("input[name=password]").fill(who.password());
		page.locator("form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/logbook.*"));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
