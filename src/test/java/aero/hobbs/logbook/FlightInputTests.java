package aero.hobbs.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import aero.hobbs.shared.FieldIssue;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class FlightInputTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private FlightInput parse(Map<String, ?> attributes) {
		return FlightInput.parse(attributes, json);
	}

	@Test
	void readsEachKindIntoItsType() {
		FlightInput input = parse(Map.of("flight_date", "2026-05-01", "departure_time", "9:10", "block_time_minutes",
				85, "landings_day", "2", "departure_lat", 43.6, "departure_airport", " cytz ", "remarks", "Training"));
		assertThat(input.issues()).isEmpty();
		assertThat(input.changes()).containsEntry(FlightColumn.FLIGHT_DATE, LocalDate.of(2026, 5, 1))
			.containsEntry(FlightColumn.DEPARTURE_TIME, "09:10")
			.containsEntry(FlightColumn.BLOCK_TIME_MINUTES, 85)
			.containsEntry(FlightColumn.LANDINGS_DAY, 2)
			.containsEntry(FlightColumn.DEPARTURE_LAT, 43.6)
			.containsEntry(FlightColumn.DEPARTURE_AIRPORT, "CYTZ");
	}

	@Test
	void namesTheFieldOfAnInvalidDate() {
		assertThat(parse(Map.of("flight_date", "01/05/2026")).issues())
			.containsExactly(new FieldIssue("flight_date", "Date must be in YYYY-MM-DD format"));
		assertThat(parse(Map.of("flight_date", "2026-02-30")).issues()).extracting(FieldIssue::field)
			.containsExactly("flight_date");
	}

	@Test
	void rejectsBadTimesNegativeMinutesAndFractions() {
		FlightInput input = parse(Map.of("arrival_time", "24:10", "pic_time_minutes", -1, "night_minutes", 1.5,
				"takeoffs_night", "many"));
		assertThat(input.issues()).extracting(FieldIssue::field)
			.containsExactlyInAnyOrder("arrival_time", "pic_time_minutes", "night_minutes", "takeoffs_night");
		assertThat(input.changes()).isEmpty();
	}

	@Test
	void rejectsCoordinatesOutOfRange() {
		assertThat(parse(Map.of("arrival_lat", 91, "arrival_long", -181)).issues()).extracting(FieldIssue::field)
			.containsExactlyInAnyOrder("arrival_lat", "arrival_long");
	}

	@Test
	void reportsUnknownFieldsAndIgnoresReadOnlyOnes() {
		FlightInput input = parse(Map.of("id", "x", "created_at", "y", "pic_minutes", 5));
		assertThat(input.issues()).extracting(FieldIssue::field).containsExactly("pic_minutes");
	}

	@Test
	void nullOrBlankClearsAColumn() {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("remarks", null);
		attributes.put("route_via", " ");
		assertThat(parse(attributes).changes()).containsEntry(FlightColumn.REMARKS, null)
			.containsEntry(FlightColumn.ROUTE_VIA, null);
	}

	@Test
	void keepsCustomPropertiesAsJsonObjectText() {
		FlightInput input = parse(Map.of("custom_properties", Map.of("Tach start", 1234.5)));
		assertThat(input.changes().get(FlightColumn.CUSTOM_PROPERTIES)).isEqualTo("{\"Tach start\":1234.5}");
		assertThat(parse(Map.of("custom_properties", "[1,2]")).issues()).extracting(FieldIssue::field)
			.containsExactly("custom_properties");
	}

}
