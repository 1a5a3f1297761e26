package aero.hobbs.aircraft.web;

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

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.aircraft.fleet.FleetAircraftDetails;
import aero.hobbs.aircraft.fleet.FleetStatus;
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
 * The organization's fleet page and an aircraft's page: what each role sees and may do,
 * the add form that keeps what was typed, the status history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(OrganizationFixtures.class)
class FleetPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	Fleet fleet;

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

	String fleetPage() {
		return "/organizations/" + school.id() + "/fleet";
	}

	@Test
	void showsTheFleetWithStatusAndRateAndTheControlsEachRoleMayUse() throws Exception {
		mvc.perform(get(fleetPage()).with(user(signedIn(school.admin()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("D-EABC"), containsString("180.00 EUR"),
					containsString("data-status=\"available\""), containsString("id=\"add-aircraft\""),
					containsString("status-change"), containsString("aria-current=\"page\" class=\"active\">Fleet"))));
		mvc.perform(get(fleetPage()).with(user(signedIn(school.instructor()))))
			.andExpect(content()
				.string(allOf(containsString("status-change"), not(containsString("id=\"add-aircraft\"")))));
		mvc.perform(get(fleetPage()).with(user(signedIn(school.student()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("D-EABC"), not(containsString("status-change")),
					not(containsString("id=\"add-aircraft\"")))));
	}

	@Test
	void addsAnAircraftAndKeepsWhatWasTypedWhenTheRateIsRefused() throws Exception {
		mvc.perform(post(fleetPage()).with(csrf())
			.with(user(signedIn(school.admin())))
			.param("registration", "D-EXYZ")
			.param("typeCode", "PA28")
			.param("categoryClass", "asel")
			.param("hourlyRate", "150.555"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"D-EXYZ\""), containsString("value=\"150.555\""),
					containsString("decimals"))));

		mvc.perform(post(fleetPage()).with(csrf())
			.with(user(signedIn(school.admin())))
			.param("registration", "D-EXYZ")
			.param("typeCode", "PA28")
			.param("categoryClass", "asel")
			.param("hourlyRate", "150.50")).andExpect(redirectedUrl(fleetPage()));
		assertThat(fleet.list(school.id(), UserId.of(school.admin().id()))).extracting(FleetAircraft::registration)
			.containsExactly("D-EABC", "D-EXYZ");
	}

	@Test
	void changesTheStatusAndShowsWhoChangedItInTheHistory() throws Exception {
		mvc.perform(post(fleetPage() + "/" + skyhawk.id() + "/status").with(csrf())
			.with(user(signedIn(school.instructor())))
			.param("status", "maintenance")
			.param("note", "100-hour inspection")).andExpect(redirectedUrl(fleetPage()));
		assertThat(fleet.find(school.id(), UserId.of(school.admin().id()), skyhawk.id()).status())
			.isEqualTo(FleetStatus.MAINTENANCE);

		mvc.perform(get(fleetPage() + "/" + skyhawk.id()).with(user(signedIn(school.student()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"status-history\""),
					containsString("100-hour inspection"), containsString("In maintenance"),
					containsString("Test Pilot"), not(containsString("id=\"change-status\"")))));

		mvc.perform(post(fleetPage() + "/" + skyhawk.id() + "/status").with(csrf())
			.with(user(signedIn(school.student())))
			.param("status", "available")).andExpect(status().isForbidden());
	}

}
