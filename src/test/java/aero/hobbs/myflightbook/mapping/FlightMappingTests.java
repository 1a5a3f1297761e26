package aero.hobbs.myflightbook.mapping;

import static aero.hobbs.logbook.FlightColumn.*;
import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.aircraftForUser;
import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.anEntryWith;
import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.json;
import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import aero.hobbs.logbook.FlightValues;
import aero.hobbs.myflightbook.mapping.MappedFlight.Mapped;
import aero.hobbs.myflightbook.mapping.MappedFlight.SkipReason;
import aero.hobbs.myflightbook.mapping.MappedFlight.Skipped;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class FlightMappingTests {

	private final FlightMapping mapping = new FlightMapping(
			code -> MyFlightbookSamples.AIRPORTS.find(code).isPresent());

	private Mapped mapped(JsonNode entry) {
		MappedFlight result = mapping.map(entry, aircraftForUser());
		assertThat(result).isInstanceOf(Mapped.class);
		return (Mapped) result;
	}

	private FlightValues values(JsonNode entry) {
		return mapped(entry).values();
	}

	private Skipped skipped(JsonNode entry) {
		MappedFlight result = mapping.map(entry, aircraftForUser());
		assertThat(result).isInstanceOf(Skipped.class);
		return (Skipped) result;
	}

	@Test
	void mapsTheSpecExampleFlightInMinutes() {
		Mapped flight = mapped(sample("flights-spec-example.json").get(0));
		FlightValues values = flight.values();
		assertThat(flight.sourceId()).isEqualTo("mfb:912345");
		assertThat(values.date()).isEqualTo(LocalDate.of(2026, 5, 3));
		assertThat(values.number(BLOCK_TIME_MINUTES)).isEqualTo(108);
		assertThat(values.number(PIC_TIME_MINUTES)).isEqualTo(108);
		assertThat(values.number(FAA_CROSS_COUNTRY_MINUTES)).isEqualTo(108);
		assertThat(values.number(IFR_ACTUAL_MINUTES)).isEqualTo(18);
		assertThat(values.number(IFR_HOOD_MINUTES)).isEqualTo(42);
		assertThat(values.number(INSTRUMENT_APPROACHES_COUNT)).isEqualTo(2);
		assertThat(values.number(HOLDING_PROCEDURES)).isEqualTo(1);
		assertThat(values.text(AIRCRAFT_REGISTRATION)).isEqualTo("N12345");
		assertThat(values.text(REMARKS)).isEqualTo("Practice approaches at BLI");
		assertThat(values.text(DEVICE_CLASS)).isEqualTo("real");
		assertThat(values.get(FSTD_DATE)).isNull();
	}

	@Test
	void normalizesTheWhitespaceOfTheModel() {
		assertThat(values(anEntryWith("")).text(AIRCRAFT_TYPE)).isEqualTo("C-172 S, Cessna Skyhawk SP");
	}

	@Test
	void defaultsOmittedMembers() {
		FlightValues values = values(json("""
				{ "FlightID": 7, "Date": "2026-05-03T00:00:00", "Route": "", "Comment": "" }"""));
		assertThat(values.asMap()).containsOnlyKeys(FLIGHT_DATE);
	}

	@Test
	void readsDecimalsWithTheirDatabaseScale() {
		FlightValues values = values(anEntryWith("\"TotalFlightTime\": 1.50, \"CrossCountry\": 1.5000, \"PIC\": 1.5"));
		assertThat(values.number(BLOCK_TIME_MINUTES)).isEqualTo(90);
		assertThat(values.number(FAA_CROSS_COUNTRY_MINUTES)).isEqualTo(90);
		assertThat(values.number(PIC_TIME_MINUTES)).isEqualTo(90);
	}

	@Test
	void roundsHoursHalfUpToTheMinute() {
		FlightValues values = values(
				anEntryWith("\"TotalFlightTime\": 1.125, \"Nighttime\": 0.0083, \"IMC\": 0.0084, \"PIC\": 0.01"));
		assertThat(values.number(BLOCK_TIME_MINUTES)).isEqualTo(68);
		assertThat(values.number(NIGHT_MINUTES)).isZero();
		assertThat(values.number(IFR_ACTUAL_MINUTES)).isEqualTo(1);
		assertThat(values.number(PIC_TIME_MINUTES)).isEqualTo(1);
	}

	@Test
	void readsTheDateWithoutAZone() {
		assertThat(values(anEntryWith("\"Date\": \"2026-04-28T00:00:00\"")).date())
			.isEqualTo(LocalDate.of(2026, 4, 28));
	}

	@Test
	void keepsTheCalendarDateOfAUtcDate() {
		assertThat(values(anEntryWith("\"Date\": \"2026-04-28T23:30:00Z\"")).date())
			.isEqualTo(LocalDate.of(2026, 4, 28));
		assertThat(values(anEntryWith("\"Date\": \"2026-04-28T00:30:00+10:00\"")).date())
			.isEqualTo(LocalDate.of(2026, 4, 28));
	}

	@Test
	void readsUsDates() {
		assertThat(values(anEntryWith("\"Date\": \"2/7/2026\"")).date()).isEqualTo(LocalDate.of(2026, 2, 7));
		assertThat(values(anEntryWith("\"Date\": \"12/31/2025\"")).date()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void skipsADatelessEntry() {
		Skipped skipped = skipped(json("{ \"FlightID\": 5, \"Route\": \"KPAE\", \"Comment\": \"\" }"));
		assertThat(skipped.reason()).isEqualTo(SkipReason.DATELESS);
		assertThat(skipped.sourceId()).isEqualTo("mfb:5");
	}

	@Test
	void skipsAnEntryDatedMinValue() {
		assertThat(skipped(anEntryWith("\"Date\": \"0001-01-01T00:00:00\"")).reason()).isEqualTo(SkipReason.DATELESS);
	}

	@Test
	void skipsAnUnreadableDate() {
		assertThat(skipped(anEntryWith("\"Date\": \"13/45/2026\"")).reason()).isEqualTo(SkipReason.UNPARSEABLE);
	}

	@Test
	void skipsAnEntryWithoutFlightId() {
		Skipped skipped = skipped(json("{ \"Date\": \"2026-05-03T00:00:00\" }"));
		assertThat(skipped.reason()).isEqualTo(SkipReason.UNPARSEABLE);
		assertThat(skipped.sourceId()).isNull();
	}

	@Test
	void skipsATimeThatIsNotANumber() {
		assertThat(skipped(anEntryWith("\"PIC\": \"lots\"")).reason()).isEqualTo(SkipReason.UNPARSEABLE);
	}

	@Test
	void skipsAnOverLengthCommentRatherThanCuttingIt() {
		Skipped skipped = skipped(anEntryWith("\"Comment\": \"" + "x".repeat(4001) + "\""));
		assertThat(skipped.reason()).isEqualTo(SkipReason.OVER_LENGTH);
		assertThat(skipped.detail()).contains("remarks");
	}

	@Test
	void skipsATimeBeyondFortyEightHours() {
		assertThat(skipped(anEntryWith("\"TotalFlightTime\": 48.02")).reason()).isEqualTo(SkipReason.OUT_OF_RANGE);
	}

	@Test
	void skipsANegativeTime() {
		assertThat(skipped(anEntryWith("\"PIC\": -1.0")).reason()).isEqualTo(SkipReason.OUT_OF_RANGE);
	}

	@Test
	void keepsFullStopLandingsAsTheDayCountWithoutSubtractingNightLandings() {
		FlightValues values = values(anEntryWith("\"Landings\": 3, \"FullStopLandings\": 2, \"NightLandings\": 1"));
		assertThat(values.number(FULL_STOP_LANDINGS_DAY)).isEqualTo(2);
		assertThat(values.number(FULL_STOP_LANDINGS_NIGHT)).isEqualTo(1);
		assertThat(values.number(LANDINGS_DAY)).isEqualTo(2);
		assertThat(values.number(LANDINGS_NIGHT)).isEqualTo(1);
	}

	@Test
	void countsTouchAndGoesAsDayLandings() {
		FlightValues values = values(sample("flights-spec-example.json").get(1));
		assertThat(values.number(LANDINGS_DAY)).isEqualTo(3);
		assertThat(values.number(FULL_STOP_LANDINGS_DAY)).isEqualTo(1);
		assertThat(values.number(LANDINGS_NIGHT)).isEqualTo(1);
		assertThat(values.number(FULL_STOP_LANDINGS_NIGHT)).isEqualTo(1);
	}

	@Test
	void countsOneTakeoffPerLandingWhenNoneAreLogged() {
		FlightValues values = values(anEntryWith("\"Landings\": 3, \"FullStopLandings\": 1, \"NightLandings\": 1"));
		assertThat(values.number(TAKEOFFS_DAY)).isEqualTo(2);
		assertThat(values.number(TAKEOFFS_NIGHT)).isEqualTo(1);
	}

	@Test
	void usesTheTakeoffsTheFlightLogged() {
		FlightValues values = values(anEntryWith("""
				"Landings": 4, "NightLandings": 1, "CustomProperties": [
				  { "PropID": 1, "FlightID": 912345, "PropTypeID": 73, "IntValue": 2, "TextValue": "" },
				  { "PropID": 2, "FlightID": 912345, "PropTypeID": 93, "IntValue": 5, "TextValue": "" } ]"""));
		assertThat(values.number(TAKEOFFS_NIGHT)).isEqualTo(2);
		assertThat(values.number(TAKEOFFS_DAY)).isEqualTo(3);
	}

	@Test
	void neverHasMoreFullStopsThanLandings() {
		FlightValues values = values(anEntryWith("\"FullStopLandings\": 2"));
		assertThat(values.number(LANDINGS_DAY)).isEqualTo(2);
		assertThat(values.number(FULL_STOP_LANDINGS_DAY)).isEqualTo(2);
	}

	@Test
	void keepsTheInstructorSignature() {
		FlightValues values = values(sample("flights-spec-example.json").get(1));
		assertThat(values.text(INSTRUCTOR_NAME)).isEqualTo("Jane Instructor");
		assertThat(values.text(INSTRUCTOR_CERTIFICATE)).isEqualTo("3456789CFI");
		assertThat(values.get(INSTRUCTOR_CERTIFICATE_EXPIRY)).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(values.text(INSTRUCTOR_COMMENTS)).isEqualTo("Steep turns and slow flight to standard.");
		assertThat(values.get(SIGNED_ON)).isEqualTo(LocalDate.of(2026, 4, 28));
		assertThat(values.text(SIGNATURE_STATE)).isEqualTo("valid");
		assertThat(values.text(CUSTOM_PROPERTIES)).contains("\"CFIEmail\":\"instructor@example.com\"");
	}

	@Test
	void marksASignatureInvalidatedByAnEdit() {
		assertThat(
				values(anEntryWith("\"CFISignatureState\": 2, \"CFIName\": \"Jane Instructor\"")).text(SIGNATURE_STATE))
			.isEqualTo("invalid");
	}

	@Test
	void takesTheInstructorNameFromThePropertyOfAnUnsignedFlight() {
		FlightValues values = values(anEntryWith(
				"""
						"CustomProperties": [ { "PropID": 1, "FlightID": 912345, "PropTypeID": 92, "TextValue": "Sam Teacher" } ]"""));
		assertThat(values.text(INSTRUCTOR_NAME)).isEqualTo("Sam Teacher");
		assertThat(values.get(SIGNATURE_STATE)).isNull();
	}

	@Test
	void liftsBlockTimesAndCrewNamesFromWellKnownProperties() {
		FlightValues values = values(anEntryWith(
				"""
						"CustomProperties": [
						  { "PropID": 1, "FlightID": 912345, "PropTypeID": 187, "DateValue": "2026-05-03T15:55:00Z", "TextValue": "" },
						  { "PropID": 2, "FlightID": 912345, "PropTypeID": 186, "DateValue": "2026-05-03T18:01:00Z", "TextValue": "" },
						  { "PropID": 3, "FlightID": 912345, "PropTypeID": 183, "TextValue": "PAT PILOT" },
						  { "PropID": 4, "FlightID": 912345, "PropTypeID": 184, "TextValue": "Sid Second" },
						  { "PropID": 5, "FlightID": 912345, "PropTypeID": 82, "DecValue": 1.20, "TextValue": "" },
						  { "PropID": 6, "FlightID": 912345, "PropTypeID": 156, "TextValue": "LH400" } ]"""));
		assertThat(values.text(DEPARTURE_TIME)).isEqualTo("15:55");
		assertThat(values.text(ARRIVAL_TIME)).isEqualTo("18:01");
		assertThat(values.text(PIC_NAME)).isEqualTo("PAT PILOT");
		assertThat(values.text(COPILOT_NAME)).isEqualTo("Sid Second");
		assertThat(values.number(IFR_MINUTES)).isEqualTo(72);
		assertThat(values.text(FLIGHT_NUMBER)).isEqualTo("LH400");
	}

	@Test
	void keepsCustomPropertiesVerbatim() {
		FlightValues values = values(sample("flights-spec-example.json").get(0));
		JsonNode kept = json(values.text(CUSTOM_PROPERTIES));
		assertThat(kept.get("CustomProperties"))
			.isEqualTo(sample("flights-spec-example.json").get(0).get("CustomProperties"));
	}

	@Test
	void keepsNoCustomPropertiesWhenThereAreNone() {
		assertThat(values(anEntryWith("")).get(CUSTOM_PROPERTIES)).isNull();
	}

	@Test
	void givesASimulatorSessionItsDeviceClass() {
		FlightValues values = values(sample("flight-simulator.json"));
		assertThat(values.text(DEVICE_CLASS)).isEqualTo("ftd");
		assertThat(values.text(FSTD_TYPE)).isEqualTo("ftd");
		assertThat(values.get(FSTD_DATE)).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(values.number(SIMULATOR_MINUTES)).isEqualTo(90);
		assertThat(values.number(IFR_SIMULATED_MINUTES)).isEqualTo(90);
		assertThat(values.number(IFR_HOOD_MINUTES)).isZero();
		assertThat(values.number(INSTRUMENT_APPROACHES_COUNT)).isEqualTo(6);
	}

	@Test
	void givesAnAtdNoFstdType() {
		FlightValues values = values(anEntryWith("\"AircraftID\": 50901, \"GroundSim\": 1.0"));
		assertThat(values.text(DEVICE_CLASS)).isEqualTo("atd");
		assertThat(values.get(FSTD_TYPE)).isNull();
	}

	@Test
	void leavesTheDeviceClassOfAnUnknownAircraftEmpty() {
		Mapped flight = mapped(anEntryWith("\"AircraftID\": 99"));
		assertThat(flight.values().get(DEVICE_CLASS)).isNull();
		assertThat(flight.notes()).anyMatch(note -> note.contains("99"));
	}

	@Test
	void givesAnAnonymousAircraftNoRegistration() {
		Mapped flight = mapped(sample("flight-anonymous-aircraft.json"));
		assertThat(flight.values().get(AIRCRAFT_REGISTRATION)).isNull();
		assertThat(flight.values().text(AIRCRAFT_TYPE)).isEqualTo("C-172 S, Cessna Skyhawk SP");
		assertThat(flight.values().text(DEVICE_CLASS)).isEqualTo("real");
		assertThat(flight.notes()).anyMatch(note -> note.contains("Anonymous"));
	}

	@Test
	void readsTheFirstAndLastRouteTokensAsDepartureAndDestination() {
		FlightValues values = values(anEntryWith("\"Route\": \"KPAE KBLI KPAE\""));
		assertThat(values.text(DEPARTURE_AIRPORT)).isEqualTo("KPAE");
		assertThat(values.text(ARRIVAL_AIRPORT)).isEqualTo("KPAE");
		assertThat(values.text(ROUTE_VIA)).isEqualTo("KBLI");
	}

	@Test
	void dropsARunwayQualifier() {
		FlightValues values = values(anEntryWith("\"Route\": \"KJFK/28R KBOS\""));
		assertThat(values.text(DEPARTURE_AIRPORT)).isEqualTo("KJFK");
		assertThat(values.text(ARRIVAL_AIRPORT)).isEqualTo("KBOS");
		assertThat(values.get(ROUTE_VIA)).isNull();
	}

	@Test
	void readsASingleAirportAsALocalFlight() {
		FlightValues values = values(anEntryWith("\"Route\": \"KPAE\""));
		assertThat(values.text(DEPARTURE_AIRPORT)).isEqualTo("KPAE");
		assertThat(values.text(ARRIVAL_AIRPORT)).isEqualTo("KPAE");
	}

	@Test
	void readsAnEmptyRouteAsNoAirports() {
		Mapped flight = mapped(anEntryWith("\"Route\": \"  \""));
		assertThat(flight.values().get(DEPARTURE_AIRPORT)).isNull();
		assertThat(flight.values().get(ARRIVAL_AIRPORT)).isNull();
		assertThat(flight.legacyKey()).isEqualTo("2026-05-03::");
	}

	@Test
	void upperCasesAndSplitsOnDashesCommasAndArrows() {
		assertThat(values(sample("flight-anonymous-aircraft.json")).text(ARRIVAL_AIRPORT)).isEqualTo("KBLI");
		FlightValues values = values(anEntryWith("\"Route\": \"kpae, kbli>kjfk\""));
		assertThat(values.text(DEPARTURE_AIRPORT)).isEqualTo("KPAE");
		assertThat(values.text(ROUTE_VIA)).isEqualTo("KBLI");
		assertThat(values.text(ARRIVAL_AIRPORT)).isEqualTo("KJFK");
	}

	@Test
	void keepsAnFaaCodeWithItsKPrefix() {
		assertThat(values(anEntryWith("\"Route\": \"K1C5 1C5\"")).text(DEPARTURE_AIRPORT)).isEqualTo("K1C5");
	}

	@Test
	void keepsAKnownCodeLongerThanFourCharacters() {
		FlightMapping withLongCode = new FlightMapping(code -> code.equals("CYTZX1") || code.equals("CYTZ"));
		MappedFlight flight = withLongCode.map(anEntryWith("\"Route\": \"CYTZX1\""), aircraftForUser());
		assertThat(((Mapped) flight).values().text(DEPARTURE_AIRPORT)).isEqualTo("CYTZX1");
	}

	@Test
	void cutsAnUnknownLongCodeToTheKnownAirportOfItsFirstFourCharacters() {
		Mapped flight = mapped(anEntryWith("\"Route\": \"KPAEX KBLI\""));
		assertThat(flight.values().text(DEPARTURE_AIRPORT)).isEqualTo("KPAE");
		assertThat(flight.notes()).contains("Route code KPAEX as KPAE");
	}

	@Test
	void keepsAnUnknownCodeVisibleInTheRemarksInsteadOfInventingAnAirport() {
		Mapped flight = mapped(anEntryWith("\"Route\": \"ZZQQ9 KBLI\", \"Comment\": \"Grass strip\""));
		assertThat(flight.values().get(DEPARTURE_AIRPORT)).isNull();
		assertThat(flight.values().text(ARRIVAL_AIRPORT)).isEqualTo("KBLI");
		assertThat(flight.values().text(REMARKS)).isEqualTo("Grass strip\nMyFlightbook route: ZZQQ9 KBLI");
		assertThat(flight.notes()).anyMatch(note -> note.contains("ZZQQ9"));
	}

	@Test
	void keysLegacyDuplicatesByDateAndAirports() {
		assertThat(mapped(sample("flights-spec-example.json").get(0)).legacyKey()).isEqualTo("2026-05-03:KPAE:KPAE");
	}

	@Test
	void foldsRunsOfWhitespaceInTheModel() {
		assertThat(FlightMapping.singleSpaced("Cessna  Skyhawk\tSP")).isEqualTo("Cessna Skyhawk SP");
		assertThat(FlightMapping.singleSpaced("C-172 S,\nCessna")).isEqualTo("C-172 S, Cessna");
		assertThat(FlightMapping.singleSpaced("C-172 S, Cessna Skyhawk SP")).isEqualTo("C-172 S, Cessna Skyhawk SP");
		assertThat(FlightMapping.singleSpaced("")).isEmpty();
	}

}
