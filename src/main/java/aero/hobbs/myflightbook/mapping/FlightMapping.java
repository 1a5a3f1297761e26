package aero.hobbs.myflightbook.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.FlightValues;
import aero.hobbs.myflightbook.mapping.MappedFlight.Mapped;
import aero.hobbs.myflightbook.mapping.MappedFlight.SkipReason;
import aero.hobbs.myflightbook.mapping.MappedFlight.Skipped;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static aero.hobbs.logbook.FlightColumn.*;

/**
 * Maps one {@code FlightsWithQueryAndOffset} entry (API spec §6.2) to the flight record.
 * Absent members are their defaults (spec §4). Decimal hours become whole minutes rounded
 * half up. {@code Date} is the calendar date as written. Landings follow the spec, not
 * the seed: {@code FullStopLandings} is already the day full-stop count and
 * {@code NightLandings} the night full-stop count, so nothing is subtracted; the day
 * landings are {@code Landings} less the night ones (at least the day full stops), and,
 * as AC 61-98D counts one take-off per landing, take-offs equal landings unless the
 * flight logged take-offs itself (properties 73 and 93). The route is read by
 * {@link RouteReader}; an endpoint that names no known airport is left out of the airport
 * column and the route as written is added to the remarks. Custom properties are kept
 * verbatim; see docs/myflightbook.md. An entry that does not fit the record (no date, a
 * text or number too large) is skipped with its reason, never cut to fit.
 */
public final class FlightMapping {

	static final String SOURCE_ID_PREFIX = "mfb:";

	/** The limits {@code FlightInput} applies to the same columns. */
	static final int MAX_MINUTES = 48 * 60;

	static final int MAX_COUNT = 999;

	static final int MAX_TEXT = 200;

	static final int MAX_LONG_TEXT = 4000;

	static final int MAX_JSON = 20_000;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final RouteReader routes;

	/**
	 * @param knownAirport whether a code names an airport the pilot's logbook accepts
	 * (the pilot's airports, then the reference set)
	 */
	public FlightMapping(Predicate<String> knownAirport) {
		this.routes = new RouteReader(knownAirport);
	}

	public MappedFlight map(JsonNode entry, Map<Integer, AircraftInfo> aircraftById) {
		if (!entry.isObject()) {
			return new Skipped(null, SkipReason.UNPARSEABLE, "Not a JSON object");
		}
		int flightId;
		try {
			flightId = MfbMembers.count(entry, "FlightID");
		}
		catch (MfbMembers.Malformed e) {
			return new Skipped(null, SkipReason.UNPARSEABLE, e.getMessage());
		}
		if (flightId <= 0) {
			return new Skipped(null, SkipReason.UNPARSEABLE, "No FlightID");
		}
		String sourceId = SOURCE_ID_PREFIX + flightId;
		try {
			LocalDate date = MfbMembers.date(entry, "Date");
			if (date == null) {
				return new Skipped(sourceId, SkipReason.DATELESS, "No Date");
			}
			Map<FlightColumn, @Nullable Object> values = new EnumMap<>(FlightColumn.class);
			List<String> notes = new ArrayList<>();
			values.put(FLIGHT_DATE, date);
			WellKnownProperties known = WellKnownProperties.of(entry.get("CustomProperties"));
			DeviceClass device = aircraft(entry, aircraftById, values, notes);
			times(entry, known, device, values);
			landings(entry, known, values);
			people(entry, known, values);
			String routeNote = route(entry, values, notes);
			remarks(entry, routeNote, values);
			customProperties(entry, values);
			if (device != null && device.simulator()) {
				values.put(FSTD_DATE, date);
				values.put(FSTD_TYPE, device.fstdType() == null ? null : device.fstdType().wireName());
			}
			Skipped misfit = misfit(sourceId, values);
			if (misfit != null) {
				return misfit;
			}
			FlightValues flight = FlightValues.empty().overlay(values);
			return new Mapped(sourceId, legacyKey(flight), flight, List.copyOf(notes));
		}
		catch (MfbMembers.Malformed e) {
			return new Skipped(sourceId, SkipReason.UNPARSEABLE, e.getMessage());
		}
	}

	/**
	 * The seed's duplicate key, {@code yyyy-MM-dd:departure:destination}, "" for an
	 * absent part.
	 */
	static String legacyKey(FlightValues flight) {
		LocalDate date = flight.date();
		return (date == null ? "" : date.toString()) + ":" + orEmpty(flight.text(DEPARTURE_AIRPORT)) + ":"
				+ orEmpty(flight.text(ARRIVAL_AIRPORT));
	}

	private static @Nullable DeviceClass aircraft(JsonNode entry, Map<Integer, AircraftInfo> aircraftById,
			Map<FlightColumn, @Nullable Object> values, List<String> notes) {
		String model = singleSpaced(MfbMembers.text(entry, "ModelDisplay"));
		put(values, AIRCRAFT_TYPE, model);
		String tail = MfbMembers.text(entry, "TailNumDisplay");
		if (tail.startsWith("(") || tail.startsWith("#")) {
			notes.add("Anonymous aircraft " + tail + ": no registration");
		}
		else {
			put(values, AIRCRAFT_REGISTRATION, tail);
		}
		int aircraftId = MfbMembers.count(entry, "AircraftID");
		AircraftInfo aircraft = aircraftById.get(aircraftId);
		if (aircraft == null) {
			notes.add("Aircraft " + aircraftId + " is not among the pilot's MyFlightbook aircraft: no device class");
			return null;
		}
		DeviceClass device = DeviceClass.of(aircraft.instanceType()).orElse(null);
		if (device == null) {
			notes.add("Unknown instance type " + aircraft.instanceType() + ": no device class");
			return null;
		}
		values.put(DEVICE_CLASS, device.wireName());
		return device;
	}

	/**
	 * Each run of whitespace as one space; the regular expression only runs when the text
	 * has a run to fold (most models have none).
	 */
	static String singleSpaced(String text) {
		boolean previousSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
			if (space && (c != ' ' || previousSpace)) {
				return WHITESPACE.matcher(text).replaceAll(" ");
			}
			previousSpace = space;
		}
		return text;
	}

	private static void times(JsonNode entry, WellKnownProperties known, @Nullable DeviceClass device,
			Map<FlightColumn, @Nullable Object> values) {
		put(values, BLOCK_TIME_MINUTES, MfbMembers.minutes(entry, "TotalFlightTime"));
		put(values, PIC_TIME_MINUTES, MfbMembers.minutes(entry, "PIC"));
		put(values, SIC_TIME_MINUTES, MfbMembers.minutes(entry, "SIC"));
		put(values, FAA_CROSS_COUNTRY_MINUTES, MfbMembers.minutes(entry, "CrossCountry"));
		put(values, NIGHT_MINUTES, MfbMembers.minutes(entry, "Nighttime"));
		put(values, IFR_ACTUAL_MINUTES, MfbMembers.minutes(entry, "IMC"));
		// simulated instrument is under a hood in an aircraft, in the device in a
		// simulator
		put(values, device != null && device.simulator() ? IFR_SIMULATED_MINUTES : IFR_HOOD_MINUTES,
				MfbMembers.minutes(entry, "SimulatedIFR"));
		put(values, SIMULATOR_MINUTES, MfbMembers.minutes(entry, "GroundSim"));
		put(values, DUAL_RECEIVED_MINUTES, MfbMembers.minutes(entry, "Dual"));
		put(values, INSTRUCTION_GIVEN_MINUTES, MfbMembers.minutes(entry, "CFI"));
		put(values, IFR_MINUTES, known.ifrMinutes());
		put(values, INSTRUMENT_APPROACHES_COUNT, MfbMembers.count(entry, "Approaches"));
		put(values, HOLDING_PROCEDURES, MfbMembers.flag(entry, "fHoldingProcedures") ? 1 : 0);
		put(values, DEPARTURE_TIME, known.blockOut());
		put(values, ARRIVAL_TIME, known.blockIn());
	}

	private static void landings(JsonNode entry, WellKnownProperties known,
			Map<FlightColumn, @Nullable Object> values) {
		int total = MfbMembers.count(entry, "Landings");
		int dayFullStops = MfbMembers.count(entry, "FullStopLandings");
		int nightFullStops = MfbMembers.count(entry, "NightLandings");
		// MyFlightbook's night landings are full stops; touch-and-goes count as day
		// landings
		int night = nightFullStops;
		int day = Math.max(total - night, dayFullStops);
		int nightTakeoffs = known.nightTakeoffs() != null ? known.nightTakeoffs() : night;
		int takeoffs = known.takeoffs() != null ? Math.max(known.takeoffs(), nightTakeoffs) : day + night;
		put(values, LANDINGS_DAY, day);
		put(values, LANDINGS_NIGHT, night);
		put(values, FULL_STOP_LANDINGS_DAY, dayFullStops);
		put(values, FULL_STOP_LANDINGS_NIGHT, nightFullStops);
		put(values, TAKEOFFS_NIGHT, nightTakeoffs);
		put(values, TAKEOFFS_DAY, Math.max(takeoffs - nightTakeoffs, 0));
	}

	private static void people(JsonNode entry, WellKnownProperties known, Map<FlightColumn, @Nullable Object> values) {
		put(values, PIC_NAME, known.picName());
		put(values, COPILOT_NAME, known.sicName());
		put(values, FLIGHT_NUMBER, known.flightNumber());
		String instructor = MfbMembers.text(entry, "CFIName");
		put(values, INSTRUCTOR_NAME, instructor.isEmpty() ? known.instructorName() : instructor);
		put(values, INSTRUCTOR_CERTIFICATE, MfbMembers.text(entry, "CFICertificate"));
		values.put(INSTRUCTOR_CERTIFICATE_EXPIRY, MfbMembers.date(entry, "CFIExpiration"));
		put(values, INSTRUCTOR_COMMENTS, MfbMembers.text(entry, "CFIComments"));
		values.put(SIGNED_ON, MfbMembers.date(entry, "CFISignatureDate"));
		put(values, SIGNATURE_STATE, switch (MfbMembers.count(entry, "CFISignatureState")) {
			case 1 -> "valid";
			case 2 -> "invalid";
			default -> null;
		});
	}

	/** The remark line that keeps the route visible, or null when nothing was lost. */
	private @Nullable String route(JsonNode entry, Map<FlightColumn, @Nullable Object> values, List<String> notes) {
		String written = MfbMembers.text(entry, "Route");
		RouteReader.Route route = routes.read(written);
		put(values, DEPARTURE_AIRPORT, route.departure());
		put(values, ARRIVAL_AIRPORT, route.destination());
		put(values, ROUTE_VIA, route.via());
		route.truncated().forEach(cut -> notes.add("Route code " + cut));
		if (route.unresolved().isEmpty()) {
			return null;
		}
		notes.add("Route code " + String.join(", ", route.unresolved())
				+ " matches no known airport; the route is kept in the remarks");
		return "MyFlightbook route: " + written;
	}

	private static void remarks(JsonNode entry, @Nullable String routeNote,
			Map<FlightColumn, @Nullable Object> values) {
		String comment = MfbMembers.text(entry, "Comment");
		if (routeNote != null) {
			comment = comment.isEmpty() ? routeNote : comment + "\n" + routeNote;
		}
		put(values, REMARKS, comment);
	}

	/**
	 * The custom properties array exactly as sent, under its MyFlightbook name, with the
	 * instructor's email at signing, which has no column: the column holds a JSON object.
	 */
	private static void customProperties(JsonNode entry, Map<FlightColumn, @Nullable Object> values) {
		ObjectNode kept = JsonNodeFactory.instance.objectNode();
		JsonNode properties = entry.get("CustomProperties");
		if (properties != null && properties.isArray() && !properties.isEmpty()) {
			kept.set("CustomProperties", properties);
		}
		String email = MfbMembers.text(entry, "CFIEmail");
		if (!email.isEmpty()) {
			kept.put("CFIEmail", email);
		}
		values.put(CUSTOM_PROPERTIES, kept.isEmpty() ? null : kept.toString());
	}

	private static @Nullable Skipped misfit(String sourceId, Map<FlightColumn, @Nullable Object> values) {
		for (Map.Entry<FlightColumn, @Nullable Object> value : values.entrySet()) {
			FlightColumn column = value.getKey();
			int limit = switch (column.kind()) {
				case TEXT -> MAX_TEXT;
				case LONG_TEXT -> MAX_LONG_TEXT;
				case JSON -> MAX_JSON;
				case MINUTES -> MAX_MINUTES;
				case COUNT -> MAX_COUNT;
				default -> Integer.MAX_VALUE;
			};
			if (value.getValue() instanceof String text && text.length() > limit) {
				return new Skipped(sourceId, SkipReason.OVER_LENGTH,
						column.wireName() + " has " + text.length() + " characters; at most " + limit + " fit");
			}
			if (value.getValue() instanceof Integer number && (number < 0 || number > limit)) {
				return new Skipped(sourceId, SkipReason.OUT_OF_RANGE,
						column.wireName() + " is " + number + "; 0 to " + limit + " fit");
			}
		}
		return null;
	}

	private static void put(Map<FlightColumn, @Nullable Object> values, FlightColumn column, int number) {
		if (number != 0) {
			values.put(column, number);
		}
	}

	private static void put(Map<FlightColumn, @Nullable Object> values, FlightColumn column, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			values.put(column, text);
		}
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
