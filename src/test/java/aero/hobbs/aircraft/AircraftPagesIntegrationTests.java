package aero.hobbs.aircraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.SignedInUser;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The aircraft pages: adding, a form with errors shown again as typed, and another
 * pilot's aircraft hidden.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AircraftPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AircraftRegistry registry;

	private final SignedInUser pilot = new SignedInUser(UserId.random(), "a@example.com", "A", null, null);

	@Test
	void addsAnAircraftAndListsIt() throws Exception {
		mvc.perform(post("/aircraft").with(csrf())
			.with(user(pilot))
			.param("registration", "N172SP")
			.param("typeCode", "C172")
			.param("categoryClass", "asel")
			.param("engineCount", "1")
			.param("complex", "true")).andExpect(redirectedUrl("/aircraft"));

		assertThat(registry.list(pilot.id())).singleElement().satisfies(a -> {
			assertThat(a.registration()).isEqualTo("N172SP");
			assertThat(a.complex()).isTrue();
		});
		mvc.perform(get("/aircraft").with(user(pilot))).andExpect(content().string(Matchers.containsString("N172SP")));
	}

	@Test
	void showsErrorsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/aircraft").with(csrf())
			.with(user(pilot))
			.param("registration", "C-FXYZ")
			.param("typeCode", "")
			.param("model", "de Havilland Beaver")
			.param("categoryClass", "ases")
			.param("simulator", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Enter the type designator")))
			.andExpect(content().string(Matchers.containsString("A simulator needs its device type")))
			.andExpect(content().string(Matchers.containsString("value=\"de Havilland Beaver\"")));
		assertThat(registry.list(pilot.id())).isEmpty();
	}

	@Test
	void answersNotFoundForAnotherPilotsAircraft() throws Exception {
		Aircraft theirs = registry.add(UserId.random(),
				new AircraftDetails("G-ABCD", "PA28", null, "asel", 1, false, false, false, false, false, false, null));
		mvc.perform(get("/aircraft/" + theirs.id() + "/edit").with(user(pilot))).andExpect(status().isNotFound());
	}

	@Test
	void marksUnverifiedAircraft() throws Exception {
		registry.adoptImported(pilot.id(), ImportedAircraft.of("G-UNVF", "Robin DR400"));
		mvc.perform(get("/aircraft").with(user(pilot)))
			.andExpect(content().string(Matchers.containsString("G-UNVF")))
			.andExpect(content().string(Matchers.containsString("class=\"unverified\"")));
	}

}
