package aero.hobbs.logbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.aircraft.fleet.FleetAircraftDetails;
import aero.hobbs.logbook.FlightFilter;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.logbook.OrganizationLogbook;
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
 * The organization's flights page: everyone's flights or one's own, and the short form
 * that logs a flight in a fleet aircraft and keeps what was typed when it is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(OrganizationFixtures.class)
class OrganizationFlightPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	Fleet fleet;

	@Autowired
	Logbook logbook;

	@Autowired
	OrganizationLogbook organizationLogbook;

	School school;

	FleetAircraft skyhawk;

	@BeforeEach
	void aSchoolWithAnAircraft() {
		school = organizations.aSchool(new ApiClient(port));
		skyhawk = fleet.add(school.id(), UserId.of(school.admin().id()),
				new FleetAircraftDetails("D-EABC", "C172", "Cessna 172S", "asel", false, null, "180.00"));
	}

	static SignedInUser signedIn(Pilot pilot) {
		return new SignedInUser(UserId.of(pilot.id()), pilot.email(), "Test Pilot", null, null);
	}

	String flightsPage() {
		return "/organizations/" + school.id() + "/flights";
	}

	@Test
	void logsAFlightFromTheShortForm() throws Exception {
		mvc.perform(post(flightsPage()).with(csrf())
			.with(user(signedIn(school.student())))
			.param("flight_date", "2026-11-20")
			.param("aircraft_id", skyhawk.id().toString())
			.param("instructor_id", school.instructor().id())
			.param("departure_airport", "CYTZ")
			.param("arrival_airport", "CYOO")
			.param("block_time_minutes", "1:30")
			.param("dual_received_minutes", "1:30")
			.param("landings_day", "2")
			.param("remarks", "Circuits")).andExpect(redirectedUrl(flightsPage()));

		assertThat(logbook.list(UserId.of(school.student().id()), FlightFilter.NONE, 0, 10).flights()).singleElement()
			.satisfies(flight -> assertThat(flight.organization().organizationId()).isEqualTo(school.id()));
		mvc.perform(get(flightsPage()).with(user(signedIn(school.instructor()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"organization-flights\""), containsString("D-EABC"),
					containsString("1:30"), containsString("Circuits"), containsString("<th>Pilot</th>"),
					containsString("aria-current=\"page\" class=\"active\">Flights"))));
	}

	@Test
	void keepsWhatWasTypedWhenTheFlightIsRefused() throws Exception {
		mvc.perform(post(flightsPage()).with(csrf())
			.with(user(signedIn(school.student())))
			.param("flight_date", "2026-11-20")
			.param("aircraft_id", skyhawk.id().toString())
			.param("instructor_id", school.member().id())
			.param("departure_airport", "CYTZ")
			.param("block_time_minutes", "an hour")
			.param("remarks", "Crosswind practice"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The flight was not logged"),
					containsString("Crosswind practice"), containsString("value=\"an hour\""),
					containsString("h:mm (1:30)"), containsString("instructor, admin or owner"))));
	}

	@Test
	void showsMembersWithoutFlightsViewAllOnlyTheirOwnFlights() throws Exception {
		organizationLogbook.log(school.id(), UserId.of(school.student().id()), Map.of("aircraft_id",
				skyhawk.id().toString(), "flight_date", "2026-11-20", "block_time_minutes", 60, "remarks", "Students"));
		organizationLogbook.log(school.id(), UserId.of(school.member().id()), Map.of("aircraft_id",
				skyhawk.id().toString(), "flight_date", "2026-11-21", "block_time_minutes", 60, "remarks", "Members"));

		mvc.perform(get(flightsPage()).with(user(signedIn(school.member()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"own-flights-only\""), containsString("Members"),
					not(containsString("Students")), not(containsString("<th>Pilot</th>")))));
		mvc.perform(get(flightsPage()).with(user(signedIn(school.admin()))).param("from", "2026-11-21"))
			.andExpect(content().string(allOf(containsString("Members"), not(containsString("Students")))));
	}

}
