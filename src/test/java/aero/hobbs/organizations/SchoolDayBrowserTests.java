package aero.hobbs.organizations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.Chromium;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * One school's day in a real browser: an admin creates the organization and invites an
 * instructor and a student, who accept from their links; the admin adds an aircraft and
 * the instructor's rate; the student books the aircraft, flies and logs the flight; the
 * admin drafts an invoice from the flight, issues it, marks it paid, and the monthly
 * summary shows it. {@link SchoolDayApiIntegrationTests} runs the same day through `/v1`
 * and compares the records with the ones this day leaves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SchoolDay.class)
class SchoolDayBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final ZoneId ZONE = SchoolDay.ZONE;

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	SchoolDay day;

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

	@Test
	void aSchoolRunsItsDayInTheBrowser() {
		ApiClient api = new ApiClient(port);
		Pilot admin = api.newPilot(SchoolDay.ADMIN);
		Pilot instructor = api.newPilot(SchoolDay.INSTRUCTOR);
		Pilot student = api.newPilot(SchoolDay.STUDENT);
		LocalDate yesterday = ZonedDateTime.now(ZONE).toLocalDate().minusDays(1);

		try (BrowserContext adminContext = chromium.browser().newContext();
				BrowserContext instructorContext = chromium.browser().newContext();
				BrowserContext studentContext = chromium.browser().newContext()) {
			Page office = Chromium.watched(adminContext.newPage());
			Chromium.signIn(office, url(""), admin);

			// the admin creates the organization and lands on its members
			office.navigate(url("/organizations"));
			office.locator("#create-organization input[name=name]").fill(SchoolDay.NAME);
			office.locator("#create-organization input[name=timeZone]").fill(ZONE.getId());
			office.locator("#create-organization input[name=currency]").fill("EUR");
			office.locator("#create-organization-submit").click();
			office.waitForURL(Pattern.compile(".*/organizations/[0-9a-f-]{36}/members$"));
			String org = office.url().replaceAll(".*/organizations/([0-9a-f-]{36})/members$", "$1");

			String instructorLink = invite(office, instructor, "instructor");
			String studentLink = invite(office, student, "student");
			accept(Chromium.watched(instructorContext.newPage()), instructor, instructorLink);
			Page studentPage = Chromium.watched(studentContext.newPage());
			accept(studentPage, student, studentLink);
			office.navigate(url("/organizations/" + org + "/members"));
			assertThat(office.locator("#member-directory tbody tr")).hasCount(3);

			// the fleet and the instructor's rate
			office.navigate(url("/organizations/" + org + "/fleet"));
			office.locator("#aircraft-registration").fill(SchoolDay.REGISTRATION);
			office.locator("#aircraft-type").fill("C172");
			office.locator("#aircraft-model").fill("Cessna 172S Skyhawk");
			office.locator("#aircraft-rate").fill(SchoolDay.AIRCRAFT_RATE);
			office.locator("#add-aircraft-submit").click();
			Locator aircraftRow = office.locator("#fleet tr[data-registration='" + SchoolDay.REGISTRATION + "']");
			assertThat(aircraftRow).containsText("180.00");
			office.navigate(url("/organizations/" + org + "/invoices/rates"));
			office.locator("#instructor-hourly-rate").fill(SchoolDay.INSTRUCTOR_RATE);
			office.locator("#save-rates").click();
			assertThat(office.locator("#instructor-hourly-rate")).hasValue(SchoolDay.INSTRUCTOR_RATE);

			// the student books the aircraft with the instructor, then flies and logs the
			// flight
			studentPage.navigate(url("/organizations/" + org + "/calendar?week=" + yesterday));
			selectContaining(studentPage.locator("#reservation-aircraft"), SchoolDay.REGISTRATION);
			studentPage.locator("#reservation-date").fill(yesterday.toString());
			studentPage.locator("#reservation-start").fill("09:00");
			studentPage.locator("#reservation-end").fill("11:00");
			selectContaining(studentPage.locator("#reservation-instructor"), SchoolDay.INSTRUCTOR);
			studentPage.locator("#reservation-note").fill("Circuits");
			studentPage.locator("#book-aircraft-submit").click();
			assertThat(studentPage.locator("#calendar-notice")).isVisible();
			assertThat(studentPage.locator("[id^=reservation-]")
				.filter(new Locator.FilterOptions().setHasText(SchoolDay.REGISTRATION))
				.first()).isVisible();
			studentPage.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("school-calendar.png")).setFullPage(true));

			studentPage.navigate(url("/organizations/" + org + "/flights"));
			studentPage.locator("#flight-date").fill(yesterday.toString());
			selectContaining(studentPage.locator("#flight-aircraft"), SchoolDay.REGISTRATION);
			selectContaining(studentPage.locator("#flight-instructor"), SchoolDay.INSTRUCTOR);
			studentPage.locator("#flight-departure").fill(SchoolDay.AIRPORT);
			studentPage.locator("#flight-arrival").fill(SchoolDay.AIRPORT);
			studentPage.locator("#flight-out").fill("07:10");
			studentPage.locator("#flight-in").fill("08:40");
			studentPage.locator("#flight-dual").fill("1:30");
			studentPage.locator("#flight-landings").fill("6");
			studentPage.locator("#flight-remarks").fill("Circuits with touch-and-goes");
			studentPage.locator("#log-flight-submit").click();
			Locator flightRow = studentPage.locator("#organization-flights tbody tr").first();
			assertThat(flightRow).containsText(SchoolDay.REGISTRATION);
			String flightId = flightRow.getAttribute("data-flight-id");

			// the office drafts the invoice from the flight, issues it and marks it paid
			office.navigate(url("/organizations/" + org + "/flights"));
			office.locator("#draft-invoice-" + flightId).click();
			office.waitForURL(Pattern.compile(".*/organizations/" + org + "/invoices/[0-9a-f-]{36}$"));
			assertThat(office.locator("#invoice-lines")).containsText(SchoolDay.REGISTRATION);
			assertThat(office.locator("#invoice-total")).containsText(SchoolDay.TOTAL);
			office.locator("#issue-invoice").click();
			assertThat(office.locator("#invoice-status")).containsText("issued", ignoringCase());
			office.locator("#mark-paid").click();
			assertThat(office.locator("#invoice-status")).containsText("paid", ignoringCase());
			office.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("school-invoice.png")).setFullPage(true));

			// and the month's summary shows it
			office.navigate(url("/organizations/" + org + "/summary"));
			assertThat(office.locator("#summary-revenue")).containsText(SchoolDay.TOTAL);
			assertThat(office.locator("#summary-per-aircraft")).containsText(SchoolDay.REGISTRATION);
			office.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("school-summary.png")).setFullPage(true));

			JsonNode records = day.records(api, admin, org);
			assertThat(records.get("members")).hasSize(3);
			assertThat(records.get("reservations")).singleElement()
				.satisfies(r -> assertThat(r.get("instructor").asString()).isEqualTo(SchoolDay.INSTRUCTOR));
			assertThat(records.get("flights")).singleElement()
				.satisfies(f -> assertThat(f.get("block_time_minutes").asInt()).isEqualTo(90));
			assertThat(records.get("invoices")).singleElement().satisfies(i -> {
				assertThat(i.get("status").asString()).isEqualTo("paid");
				assertThat(i.get("lines")).hasSize(2);
			});
			assertThat(records.get("summary").get("revenue").get("amount").asString()).isEqualTo(SchoolDay.TOTAL);
			JsonNode throughTheApi = day.runThroughTheApi(api, yesterday);
			assertThat(records).isEqualTo(throughTheApi);
		}
	}

	private String invite(Page office, Pilot who, String role) {
		office.locator("#invite-member input[name=email]").fill(who.email());
		office.locator("#invite-member select[name=role]").selectOption(role);
		office.locator("#invite-submit").click();
		assertThat(office.locator("#invitation-created")).containsText(who.email());
		return office.locator("#invitation-link").inputValue();
	}

	private void accept(Page page, Pilot who, String link) {
		Chromium.signIn(page, url(""), who);
		page.navigate(link.replaceFirst("^https?://[^/]+", url("")));
		page.locator("#accept-invitation").click();
		page.waitForURL(Pattern.compile(".*/organizations/[0-9a-f-]{36}$"));
	}

	private static void selectContaining(Locator select, String text) {
		String label = select.locator("option")
			.filter(new Locator.FilterOptions().setHasText(text))
			.first()
			.textContent()
			.trim();
		select.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(label));
	}

	private static com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions ignoringCase() {
		return new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setIgnoreCase(true);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
