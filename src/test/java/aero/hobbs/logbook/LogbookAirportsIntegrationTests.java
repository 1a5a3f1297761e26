package aero.hobbs.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import aero.hobbs.airports.PilotAirports;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * A flight's airports resolve through the pilot's own aliases and custom airports, which
 * the airports module keeps.
 */
// accounts comes along because the shared security chains need its API-key verifier
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "accounts", "organizations" })
class LogbookAirportsIntegrationTests {

	@Autowired
	Logbook logbook;

	@Autowired
	PilotAirports airports;

	private UserId pilot;

	@BeforeEach
	void aNewPilot() {
		pilot = UserId.random();
	}

	private static Map<String, Object> aFlight(String from, String to) {
		return Map.of("flight_date", "2026-04-01", "departure_airport", from, "arrival_airport", to,
				"block_time_minutes", 60);
	}

	@Test
	void acceptsAnUnknownCodeOnceThePilotAliasesIt() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> logbook.logFlight(pilot, aFlight("YTZ-CITY", "CYOO")))
			.satisfies(e -> assertThat(e.issues()).extracting(FieldIssue::field).containsExactly("departure_airport"));

		airports.addAlias(pilot, "ytz-city", "CYTZ");
		Flight flight = logbook.logFlight(pilot, aFlight("ytz-city", "CYOO"));

		FlightValues saved = logbook.find(pilot, flight.id()).values();
		assertThat(saved.text(FlightColumn.DEPARTURE_AIRPORT)).isEqualTo("CYTZ");
		assertThat((Double) saved.get(FlightColumn.DEPARTURE_LAT)).isBetween(43.6, 43.7);
	}

	@Test
	void acceptsTheCodeOfACustomAirportWithItsCoordinates() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> logbook.logFlight(pilot, aFlight("CYOO", "XSF1")));

		airports.addCustom(pilot, "XSF1", "Smith Farm", 44.25, -78.5);
		Flight flight = logbook.logFlight(pilot, aFlight("CYOO", "xsf1"));

		FlightValues saved = logbook.find(pilot, flight.id()).values();
		assertThat(saved.text(FlightColumn.ARRIVAL_AIRPORT)).isEqualTo("XSF1");
		assertThat(saved.get(FlightColumn.ARRIVAL_LAT)).isEqualTo(44.25);
		assertThat(saved.get(FlightColumn.ARRIVAL_LONG)).isEqualTo(-78.5);
	}

	@Test
	void keepsOnePilotsAliasFromAnother() {
		airports.addAlias(pilot, "YTZ-CITY", "CYTZ");
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> logbook.logFlight(UserId.random(), aFlight("YTZ-CITY", "CYOO")));
	}

}
