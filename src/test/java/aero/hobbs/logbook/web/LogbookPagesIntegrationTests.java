package aero.hobbs.logbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.FlightFilter;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.SignedInUser;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The logbook page, the flight form (editing changes only what changed) and the CSV
 * export.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LogbookPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logbook logbook;

	private final SignedInUser pilot = new SignedInUser(UserId.random(), "p@example.com", "P", null, null);

	private Flight aFlight(String date, String from, String to) {
		return logbook.logFlight(pilot.id(),
				Map.of("flight_date", date, "departure_airport", from, "arrival_airport", to, "block_time_minutes", 90,
						"pic_time_minutes", 90, "landings_day", 1, "remarks", "Hello, \"tower\""));
	}

	@Test
	void showsFlightsTotalsAndTheChart() throws Exception {
		aFlight("2026-10-01", "CYTZ", "CYOO");
		mvc.perform(get("/logbook").with(user(pilot)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("CYOO")))
			.andExpect(content().string(Matchers.containsString("1:30")))
			.andExpect(content().string(Matchers.containsString("Hours flown per month")));
	}

	@Test
	void filtersByDateRange() throws Exception {
		aFlight("2026-01-10", "CYTZ", "CYOO");
		aFlight("2026-03-10", "EGLL", "EGKK");
		mvc.perform(get("/logbook").with(user(pilot)).param("from", "2026-03-01").param("to", "2026-03-31"))
			.andExpect(content().string(Matchers.containsString("EGKK")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(">CYOO<"))));
	}

	@Test
	void editingChangesOnlyWhatThePilotChanged() throws Exception {
		Flight flight = logbook.logFlight(pilot.id(), Map.of("flight_date", "2026-02-01", "departure_airport", "CYTZ",
				"departure_lat", 43.0, "departure_long", -79.0, "arrival_airport", "CYOO", "block_time_minutes", 60));

		mvc.perform(post("/logbook/flights/" + flight.id()).with(csrf())
			.with(user(pilot))
			.param("flight_date", "2026-02-01")
			.param("departure_airport", "CYTZ")
			.param("departure_lat", "43.0")
			.param("departure_long", "-79.0")
			.param("arrival_airport", "CYOO")
			.param("block_time_minutes", "1:00")
			.param("night_minutes", "0:30")).andExpect(redirectedUrl("/logbook"));

		Flight saved = logbook.find(pilot.id(), flight.id());
		assertThat(saved.values().number(FlightColumn.NIGHT_MINUTES)).isEqualTo(30);
		assertThat(saved.values().get(FlightColumn.DEPARTURE_LAT)).as("kept as entered").isEqualTo(43.0);
	}

	@Test
	void showsFormErrorsAndSavesNothing() throws Exception {
		mvc.perform(post("/logbook/flights").with(csrf())
			.with(user(pilot))
			.param("flight_date", "2026-02-30")
			.param("departure_airport", "XXXX")
			.param("pic_time_minutes", "1:30")
			.param("remarks", "kept"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("2026-02-30 is not a real date")))
			.andExpect(content().string(Matchers.containsString("Unknown airport XXXX")))
			.andExpect(content().string(Matchers.containsString("value=\"1:30\"")))
			.andExpect(content().string(Matchers.containsString(">kept</textarea>")));
		assertThat(logbook.list(pilot.id(), FlightFilter.NONE, 0, 10).total()).isZero();
	}

	@Test
	void exportsTheSixtyFourColumnsAsCsv() throws Exception {
		aFlight("2026-04-01", "CYTZ", "CYOO");
		String csv = mvc.perform(get("/logbook/export.csv").with(user(pilot)))
			.andExpect(header().string("Content-Disposition",
					Matchers.startsWith("attachment; filename=\"hobbs-logbook-")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0].split(",")).hasSize(64);
		assertThat(lines[1]).startsWith("2026-04-01,,,,,CYTZ,").endsWith(",\"Hello, \"\"tower\"\"\"");
	}

	@Test
	void answersNotFoundForAnotherPilotsFlight() throws Exception {
		Flight theirs = logbook.logFlight(UserId.random(),
				Map.of("flight_date", "2026-02-01", "block_time_minutes", 30));
		mvc.perform(get("/logbook/flights/" + theirs.id() + "/edit").with(user(pilot)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/logbook/flights/" + theirs.id() + "/delete").with(csrf()).with(user(pilot)))
			.andExpect(status().isNotFound());
	}

}
