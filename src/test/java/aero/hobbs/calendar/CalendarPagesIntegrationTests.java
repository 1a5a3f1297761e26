package aero.hobbs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

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
 * The calendar page: the week, booking with errors shown again as typed, cancelling, and
 * what each role sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ OrganizationFixtures.class, CalendarFixtures.class })
class CalendarPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	CalendarFixtures calendar;

	@Autowired
	Reservations reservations;

	School school;

	UUID aircraft;

	@BeforeEach
	void aSchool() {
		school = organizations.aSchool(new ApiClient(port));
		aircraft = calendar.anAircraft(school);
	}

	private static SignedInUser signedIn(Pilot pilot) {
		return new SignedInUser(UserId.of(pilot.id()), pilot.email(), "Test Pilot", null, null);
	}

	private String page() {
		return "/organizations/" + school.id() + "/calendar";
	}

	@Test
	void showsTheWeekWithTheBookingFormAndTheFeedButNoEventFormToStudents() throws Exception {
		mvc.perform(get(page()).param("week", "2027-03-10").with(user(signedIn(school.student()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"book-aircraft\"")))
			.andExpect(content().string(containsString("id=\"feed-url\"")))
			.andExpect(content().string(containsString("/calendar/feeds/")))
			.andExpect(content().string(containsString("8 March – 14 March 2027")))
			.andExpect(content().string(containsString("week=2027-03-01")))
			.andExpect(content().string(matchesRegex("(?s).*<a [^>]*aria-current=\"page\"[^>]*>Calendar</a>.*")))
			.andExpect(content().string(not(containsString("id=\"add-event\""))));
		mvc.perform(get(page()).with(user(signedIn(school.instructor()))))
			.andExpect(content().string(containsString("id=\"add-event\"")));
	}

	@Test
	void booksAnAircraftInTheOrganizationsZoneAndCancelsIt() throws Exception {
		mvc.perform(post(page() + "/reservations").with(csrf())
			.with(user(signedIn(school.student())))
			.param("aircraftId", aircraft.toString())
			.param("date", "2027-03-10")
			.param("startTime", "09:00")
			.param("endTime", "11:00")
			.param("instructorId", school.instructor().id())
			.param("note", "Circuits")).andExpect(redirectedUrl(page() + "?week=2027-03-08"));
		Reservation booked = reservations
			.list(school.id(), UserId.of(school.student().id()), null, null, null, null, 0, 10)
			.reservations()
			.getFirst();
		// 09:00 in Berlin in March is 08:00 UTC
		assertThat(booked.startsAt()).hasToString("2027-03-10T08:00:00Z");
		assertThat(booked.instructorId()).hasToString(school.instructor().id());

		mvc.perform(get(page()).param("week", "2027-03-08").with(user(signedIn(school.student()))))
			.andExpect(content().string(containsString("reservation-" + booked.id())))
			.andExpect(content().string(containsString("09:00–11:00")))
			.andExpect(content().string(containsString("cancel-reservation")));
		mvc.perform(get(page()).param("week", "2027-03-08").with(user(signedIn(school.member()))))
			.andExpect(content().string(containsString("reservation-" + booked.id())))
			.andExpect(content().string(not(containsString("cancel-reservation"))));

		mvc.perform(post(page() + "/reservations/" + booked.id() + "/cancel").with(csrf())
			.with(user(signedIn(school.student())))
			.param("week", "2027-03-08")).andExpect(redirectedUrl(page() + "?week=2027-03-08"));
		assertThat(reservations.find(school.id(), UserId.of(school.student().id()), booked.id()).cancelled()).isTrue();
	}

	@Test
	void showsBookingErrorsInlineAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post(page() + "/reservations").with(csrf())
			.with(user(signedIn(school.student())))
			.param("aircraftId", aircraft.toString())
			.param("date", "2027-03-10")
			.param("startTime", "11:00")
			.param("endTime", "09:00")
			.param("note", "Navigation to EDDS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The reservation must end after it starts")))
			.andExpect(content().string(containsString("value=\"Navigation to EDDS\"")))
			.andExpect(content().string(containsString("value=\"11:00\"")));
		mvc.perform(post(page() + "/reservations").with(csrf())
			.with(user(signedIn(school.student())))
			.param("aircraftId", "")
			.param("date", "10/03/2027")
			.param("startTime", "nine")
			.param("endTime", "11:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the day")))
			.andExpect(content().string(containsString("Enter the start time as HH:MM")))
			.andExpect(content().string(containsString("Choose the aircraft to reserve")))
			.andExpect(content().string(not(containsString("ISO-8601"))));
		assertThat(
				reservations.list(school.id(), UserId.of(school.student().id()), null, null, null, null, 0, 10).total())
			.isZero();
	}

	@Test
	void showsAClashOnTheBookingForm() throws Exception {
		for (Pilot pilot : new Pilot[] { school.student(), school.member() }) {
			mvc.perform(post(page() + "/reservations").with(csrf())
				.with(user(signedIn(pilot)))
				.param("aircraftId", aircraft.toString())
				.param("date", "2027-03-10")
				.param("startTime", "09:00")
				.param("endTime", "11:00"));
		}
		mvc.perform(get(page()).param("week", "2027-03-08").with(user(signedIn(school.member()))))
			.andExpect(status().isOk());
		assertThat(
				reservations.list(school.id(), UserId.of(school.member().id()), null, null, null, null, 0, 10).total())
			.isEqualTo(1);
		mvc.perform(post(page() + "/reservations").with(csrf())
			.with(user(signedIn(school.member())))
			.param("aircraftId", aircraft.toString())
			.param("date", "2027-03-10")
			.param("startTime", "10:00")
			.param("endTime", "12:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is already reserved 2027-03-10 09:00–11:00")));
	}

	@Test
	void addsAnEventForSchedulers() throws Exception {
		mvc.perform(post(page() + "/events").with(csrf())
			.with(user(signedIn(school.instructor())))
			.param("title", "Meteorology")
			.param("kind", "ground_school")
			.param("date", "2027-03-10")
			.param("startTime", "18:00")
			.param("endTime", "20:00")).andExpect(redirectedUrl(page() + "?week=2027-03-08"));
		mvc.perform(get(page()).param("week", "2027-03-08").with(user(signedIn(school.student()))))
			.andExpect(content().string(containsString("Meteorology")))
			.andExpect(content().string(containsString("18:00–20:00")))
			.andExpect(content().string(containsString("Ground school")));
		mvc.perform(post(page() + "/events").with(csrf())
			.with(user(signedIn(school.instructor())))
			.param("title", "")
			.param("kind", "meeting")
			.param("date", "2027-03-10")
			.param("startTime", "18:00")
			.param("endTime", "20:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the event a title")));
		mvc.perform(post(page() + "/events").with(csrf())
			.with(user(signedIn(school.student())))
			.param("title", "Party")
			.param("date", "2027-03-10")
			.param("startTime", "18:00")
			.param("endTime", "20:00")).andExpect(status().isForbidden());
	}

	@Test
	void answersNotFoundToNonMembers() throws Exception {
		Pilot outsider = new ApiClient(port).newPilot();
		mvc.perform(get(page()).with(user(signedIn(outsider)))).andExpect(status().isNotFound());
	}

}
