package aero.hobbs.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import aero.hobbs.shared.FieldIssue;

import org.junit.jupiter.api.Test;

class FlightRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static FlightValues aFlightOf(int blockMinutes) {
		return FlightValues.empty()
			.with(FlightColumn.FLIGHT_DATE, TODAY.minusDays(3))
			.with(FlightColumn.BLOCK_TIME_MINUTES, blockMinutes);
	}

	@Test
	void acceptsComponentsWithinBlockTime() {
		FlightValues flight = aFlightOf(90).with(FlightColumn.PIC_TIME_MINUTES, 90)
			.with(FlightColumn.NIGHT_MINUTES, 30)
			.with(FlightColumn.DAY_MINUTES, 60)
			.with(FlightColumn.LANDINGS_NIGHT, 2)
			.with(FlightColumn.FULL_STOP_LANDINGS_NIGHT, 2);
		assertThat(FlightRules.check(flight, TODAY)).isEmpty();
	}

	@Test
	void rejectsComponentTimeAboveBlockTime() {
		assertThat(FlightRules.check(aFlightOf(60).with(FlightColumn.SIC_TIME_MINUTES, 61), TODAY))
			.containsExactly(new FieldIssue("sic_time_minutes", "Must not exceed the block time (60 minutes)"));
	}

	@Test
	void measuresASimulatorSessionAgainstItsSimulatorTime() {
		FlightValues session = aFlightOf(0).with(FlightColumn.SIMULATOR_MINUTES, 120)
			.with(FlightColumn.IFR_SIMULATED_MINUTES, 100);
		assertThat(FlightRules.check(session, TODAY)).isEmpty();
	}

	@Test
	void rejectsDayAndNightAboveBlockTime() {
		FlightValues flight = aFlightOf(60).with(FlightColumn.DAY_MINUTES, 40).with(FlightColumn.NIGHT_MINUTES, 40);
		assertThat(FlightRules.check(flight, TODAY)).extracting(FieldIssue::field).containsExactly("night_minutes");
	}

	@Test
	void requiresADateThatIsNotInTheFuture() {
		assertThat(FlightRules.check(FlightValues.empty(), TODAY)).extracting(FieldIssue::field)
			.containsExactly("flight_date");
		assertThat(FlightRules.check(aFlightOf(60).with(FlightColumn.FLIGHT_DATE, TODAY.plusDays(2)), TODAY))
			.extracting(FieldIssue::field)
			.containsExactly("flight_date");
	}

	@Test
	void rejectsMoreFullStopLandingsThanLandings() {
		FlightValues flight = aFlightOf(60).with(FlightColumn.LANDINGS_DAY, 1)
			.with(FlightColumn.FULL_STOP_LANDINGS_DAY, 2);
		assertThat(FlightRules.check(flight, TODAY)).extracting(FieldIssue::field)
			.containsExactly("full_stop_landings_day");
	}

	@Test
	void knowsTheFlightRules() {
		assertThat(FlightRules.check(aFlightOf(60).with(FlightColumn.FLIGHT_RULES, "IFR"), TODAY)).isEmpty();
		assertThat(FlightRules.check(aFlightOf(60).with(FlightColumn.FLIGHT_RULES, "XFR"), TODAY))
			.extracting(FieldIssue::field)
			.containsExactly("flight_rules");
	}

}
