package aero.hobbs.airports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
 * The airports page: adding a custom airport and an alias, forms with errors shown again
 * as typed, removing, and another pilot's airports hidden.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AirportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PilotAirports airports;

	private final SignedInUser pilot = new SignedInUser(UserId.random(), "a@example.com", "A", null, null);

	@Test
	void addsACustomAirportAndAnAliasAndListsThem() throws Exception {
		mvc.perform(post("/airports/custom").with(csrf())
			.with(user(pilot))
			.param("code", "xsf1")
			.param("name", "Smith Farm")
			.param("latitude", "44.25")
			.param("longitude", "-78.5"))
			.andExpect(redirectedUrl("/airports"))
			.andExpect(flash().attribute("notice", "Added XSF1, Smith Farm."));
		mvc.perform(post("/airports/aliases").with(csrf())
			.with(user(pilot))
			.param("code", "ytz-city")
			.param("targetCode", "YTZ")).andExpect(redirectedUrl("/airports"));

		assertThat(airports.listCustom(pilot.id())).extracting(CustomAirport::code).containsExactly("XSF1");
		assertThat(airports.listAliases(pilot.id())).extracting(AirportAlias::targetCode).containsExactly("CYTZ");
		mvc.perform(get("/airports").with(user(pilot)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Smith Farm")))
			.andExpect(content().string(Matchers.containsString("YTZ-CITY")))
			.andExpect(content().string(Matchers.containsString("Billy Bishop")));
	}

	@Test
	void showsErrorsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/airports/custom").with(csrf())
			.with(user(pilot))
			.param("code", "MYSTRIP")
			.param("name", "Back forty")
			.param("latitude", "43,5")
			.param("longitude", "-79.25"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Enter the latitude in decimal degrees")))
			.andExpect(content().string(Matchers.containsString("value=\"Back forty\"")))
			.andExpect(content().string(Matchers.containsString("value=\"43,5\"")));
		mvc.perform(post("/airports/aliases").with(csrf())
			.with(user(pilot))
			.param("code", "TORONTO")
			.param("targetCode", "NOWHERE9"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Unknown airport NOWHERE9")))
			.andExpect(content().string(Matchers.containsString("value=\"TORONTO\"")));
		assertThat(airports.listCustom(pilot.id())).isEmpty();
		assertThat(airports.listAliases(pilot.id())).isEmpty();
	}

	@Test
	void removesAnAliasThenTheAirportItPointedTo() throws Exception {
		CustomAirport strip = airports.addCustom(pilot.id(), "XSF1", "Smith Farm", 44.25, -78.5);
		airports.addAlias(pilot.id(), "SMITH", "XSF1");

		mvc.perform(post("/airports/custom/" + strip.id() + "/delete").with(csrf()).with(user(pilot)))
			.andExpect(redirectedUrl("/airports"))
			.andExpect(flash().attribute("problem", Matchers.containsString("SMITH")));
		mvc.perform(post("/airports/aliases/SMITH/delete").with(csrf()).with(user(pilot)))
			.andExpect(redirectedUrl("/airports"));
		mvc.perform(post("/airports/custom/" + strip.id() + "/delete").with(csrf()).with(user(pilot)))
			.andExpect(redirectedUrl("/airports"));

		assertThat(airports.listCustom(pilot.id())).isEmpty();
		assertThat(airports.listAliases(pilot.id())).isEmpty();
	}

	@Test
	void answersNotFoundForAnotherPilotsAirport() throws Exception {
		CustomAirport theirs = airports.addCustom(UserId.random(), "XSF1", "Smith Farm", 44.25, -78.5);
		mvc.perform(post("/airports/custom/" + theirs.id() + "/delete").with(csrf()).with(user(pilot)))
			.andExpect(status().isNotFound());
		assertThat(airports.listCustom(pilot.id())).isEmpty();
	}

	@Test
	void suggestsThePilotsOwnAirportInTheFlightForm() throws Exception {
		airports.addCustom(pilot.id(), "XSF1", "Smith Farm", 44.25, -78.5);
		mvc.perform(get("/airports/suggest").with(user(pilot))
			.param("field", "arrival_airport")
			.param("arrival_airport", "xsf"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"XSF1\"")))
			.andExpect(content().string(Matchers.containsString("Smith Farm (your airport)")));
	}

}
