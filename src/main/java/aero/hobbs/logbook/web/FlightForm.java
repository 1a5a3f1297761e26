package aero.hobbs.logbook.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.FlightColumn.Kind;
import aero.hobbs.logbook.FlightValues;
import aero.hobbs.shared.FieldIssue;

import org.jspecify.annotations.Nullable;

/**
 * The flight form: its sections and fields (every column, by wire name), the values shown
 * (durations as h:mm), and the conversion of what was typed back into attributes for the
 * logbook.
 */
final class FlightForm {

	public record Field(String name, String label, String input, @Nullable String hint) {
	}

	public record Section(String title, boolean open, List<Field> fields) {
	}

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("flight_date", "Date"),
			Map.entry("aircraft_registration", "Registration"), Map.entry("aircraft_type", "Type"),
			Map.entry("departure_airport", "From"), Map.entry("arrival_airport", "To"),
			Map.entry("departure_time", "Out (UTC)"), Map.entry("arrival_time", "In (UTC)"),
			Map.entry("route_via", "Route via"), Map.entry("block_time_minutes", "Block time"),
			Map.entry("flight_rules", "Flight rules"), Map.entry("pic_time_minutes", "PIC"),
			Map.entry("sic_time_minutes", "SIC"), Map.entry("dual_received_minutes", "Dual received"),
			Map.entry("instruction_given_minutes", "Instruction given"), Map.entry("ifr_minutes", "IFR"),
			Map.entry("ifr_actual_minutes", "Actual instrument"),
			Map.entry("ifr_simulated_minutes", "Simulated instrument"), Map.entry("ifr_hood_minutes", "Hood"),
			Map.entry("faa_cross_country_minutes", "Cross-country (FAA)"),
			Map.entry("single_pilot_se_minutes", "Single-pilot SE"),
			Map.entry("single_pilot_me_minutes", "Single-pilot ME"),
			Map.entry("multi_pilot_time_minutes", "Multi-pilot"),
			Map.entry("instrument_approaches_count", "Approaches"), Map.entry("approach_types", "Approach types"),
			Map.entry("pic_name", "PIC name"), Map.entry("copilot_name", "Co-pilot name"),
			Map.entry("fstd_date", "FSTD date"), Map.entry("fstd_type", "FSTD type"),
			Map.entry("simulator_minutes", "Simulator"), Map.entry("ground_trainer_minutes", "Ground trainer"),
			Map.entry("device_class", "Device class"), Map.entry("custom_properties", "Custom properties (JSON)"),
			Map.entry("takeoffs_day", "Day take-offs"), Map.entry("landings_day", "Day landings"),
			Map.entry("full_stop_landings_day", "Day full-stop landings"),
			Map.entry("takeoffs_night", "Night take-offs"), Map.entry("landings_night", "Night landings"),
			Map.entry("full_stop_landings_night", "Night full-stop landings"), Map.entry("holding_procedures", "Holds"),
			Map.entry("day_minutes", "Day"), Map.entry("night_minutes", "Night"), Map.entry("signed_on", "Signed on"),
			Map.entry("instructor_certificate_expiry", "Certificate expires"));

	static final List<Section> SECTIONS = List
		.of(section("Flight", true, "flight_date", "aircraft_registration", "aircraft_type", "departure_airport",
				"arrival_airport", "departure_time", "arrival_time", "block_time_minutes", "route_via", "flight_rules"),
				section("Time", true, "pic_time_minutes", "sic_time_minutes", "dual_received_minutes",
						"instruction_given_minutes", "day_minutes", "night_minutes", "ifr_minutes",
						"ifr_actual_minutes", "ifr_simulated_minutes", "ifr_hood_minutes", "faa_cross_country_minutes"),
				section("Take-offs, landings and approaches", true, "takeoffs_day", "landings_day",
						"full_stop_landings_day", "takeoffs_night", "landings_night", "full_stop_landings_night",
						"instrument_approaches_count", "approach_types", "holding_procedures"),
				section("Crew", false, "pic_name", "copilot_name"),
				section("Pilot function and aircraft class", false, "single_pilot_se_minutes",
						"single_pilot_me_minutes", "multi_pilot_time_minutes", "floats_minutes", "tailwheel_minutes",
						"helicopter_minutes", "turbine_minutes", "glass_cockpit_minutes"),
				section("Single-engine / multi-engine / cross-country breakdown", false,
						FlightColumn.SYNCABLE.stream()
							.map(FlightColumn::wireName)
							.filter(n -> n.startsWith("single_engine_") || n.startsWith("multi_engine_")
									|| n.startsWith("cross_country_"))
							.toArray(String[]::new)),
				section("Simulator", false, "simulator_minutes", "ground_trainer_minutes", "fstd_date", "fstd_type",
						"device_class"),
				section("Coordinates", false, "departure_lat", "departure_long", "arrival_lat", "arrival_long"),
				section("Instructor signature", false, "instructor_name", "instructor_certificate",
						"instructor_certificate_expiry", "signed_on", "signature_state", "instructor_comments"),
				section("Remarks", true, "remarks", "custom_properties"));

	private FlightForm() {
	}

	private static Section section(String title, boolean open, String... names) {
		List<Field> fields = new ArrayList<>();
		for (String name : names) {
			FlightColumn column = FlightColumn.byWireName(name).orElseThrow();
			fields.add(new Field(name, label(name), input(column), hint(column)));
		}
		return new Section(title, open, fields);
	}

	static String label(String name) {
		String label = LABELS.get(name);
		if (label != null) {
			return label;
		}
		String words = name.replace("_minutes", "").replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String input(FlightColumn column) {
		return switch (column.kind()) {
			case DATE -> "date";
			case TIME -> "time";
			case COUNT -> "count";
			case AIRPORT -> "airport";
			case LONG_TEXT, JSON -> "textarea";
			case LATITUDE, LONGITUDE -> "number";
			default -> column == FlightColumn.AIRCRAFT_REGISTRATION ? "registration"
					: column == FlightColumn.FLIGHT_RULES ? "rules" : "text";
		};
	}

	private static @Nullable String hint(FlightColumn column) {
		return switch (column.kind()) {
			case MINUTES -> "h:mm";
			case TIME -> "HH:MM";
			default -> null;
		};
	}

	/** What the form shows for a stored flight. */
	static Map<String, String> show(FlightValues values) {
		Map<String, String> shown = new LinkedHashMap<>();
		values.asMap()
			.forEach((column, value) -> shown.put(column.wireName(),
					column.kind() == Kind.MINUTES ? Durations.hm((Integer) value) : value.toString()));
		return shown;
	}

	/** A blank form for a new flight, dated today. */
	static Map<String, String> blank(LocalDate today) {
		Map<String, String> shown = new LinkedHashMap<>();
		shown.put("flight_date", today.toString());
		return shown;
	}

	/**
	 * The typed fields as flight attributes: durations become minutes. A duration that
	 * cannot be read is reported in {@code issues} and passed on as typed, so the logbook
	 * refuses the flight rather than saving it without it.
	 */
	static Map<String, Object> attributes(Map<String, String> typed, List<FieldIssue> issues) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		typed.forEach((name, value) -> {
			FlightColumn column = FlightColumn.byWireName(name).orElse(null);
			if (column == null) {
				return;
			}
			String text = value == null ? "" : value.trim();
			if (column.kind() == Kind.MINUTES && !text.isEmpty()) {
				try {
					attributes.put(name, Durations.parse(text));
				}
				catch (IllegalArgumentException e) {
					issues.add(new FieldIssue(name, e.getMessage()));
					attributes.put(name, text);
				}
			}
			else if (column == FlightColumn.FLIGHT_RULES) {
				attributes.put(name, text.toUpperCase(Locale.ROOT));
			}
			else {
				attributes.put(name, text);
			}
		});
		return attributes;
	}

}
