package aero.hobbs.logbook;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import aero.hobbs.aircraft.Aircraft;
import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.airports.Airport;
import aero.hobbs.airports.PilotAirports;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes a flight ready to store: its airports resolved to their codes, the pilot's own
 * airports and aliases first (filling coordinates the flight lacks), its registration
 * linked to the pilot's aircraft (filling the type), a missing block time worked out from
 * the out and in times, and every rule checked. Issues come back as values, so that an
 * importer can stage a flight that a form would refuse.
 */
@Component
class FlightPreparation {

	private final PilotAirports airports;

	private final AircraftRegistry aircraft;

	private final Clock clock;

	FlightPreparation(PilotAirports airports, AircraftRegistry aircraft, Clock clock) {
		this.airports = airports;
		this.aircraft = aircraft;
		this.clock = clock;
	}

	/**
	 * The flight made ready, with every issue found; {@code earlier} are issues already
	 * found while reading the input, whose fields are not reported twice.
	 */
	Prepared prepare(UserId pilot, FlightValues values, List<FieldIssue> earlier) {
		return prepare(lookupsFor(pilot), values, earlier);
	}

	/**
	 * Lookups of the pilot's airports and aircraft that remember their answers, for
	 * preparing many flights at once.
	 */
	Lookups lookupsFor(UserId pilot) {
		return new Lookups(normalized -> aircraft.findByRegistration(pilot, normalized),
				code -> airports.find(pilot, code));
	}

	/**
	 * Lookups for a batch of flights: the pilot's aircraft and own airports are read
	 * once, up front (three queries), instead of once per registration and code.
	 */
	Lookups bulkLookupsFor(UserId pilot) {
		Map<String, Aircraft> fleet = new HashMap<>();
		aircraft.list(pilot).forEach(known -> fleet.put(known.registrationNormalized(), known));
		PilotAirports.Resolver resolver = airports.resolver(pilot);
		return new Lookups(normalized -> Optional.ofNullable(fleet.get(normalized)), resolver::find);
	}

	Prepared prepare(Lookups lookups, FlightValues values, List<FieldIssue> earlier) {
		List<FieldIssue> issues = new ArrayList<>(earlier);
		values = resolveAirport(lookups, values, FlightColumn.DEPARTURE_AIRPORT, FlightColumn.DEPARTURE_LAT,
				FlightColumn.DEPARTURE_LONG, issues);
		values = resolveAirport(lookups, values, FlightColumn.ARRIVAL_AIRPORT, FlightColumn.ARRIVAL_LAT,
				FlightColumn.ARRIVAL_LONG, issues);
		UUID aircraftId = null;
		String registration = values.text(FlightColumn.AIRCRAFT_REGISTRATION);
		if (registration != null) {
			Aircraft known = lookups.aircraft(registration).orElse(null);
			if (known != null) {
				aircraftId = known.id();
				values = values.with(FlightColumn.AIRCRAFT_REGISTRATION, known.registration());
				if (values.text(FlightColumn.AIRCRAFT_TYPE) == null) {
					values = values.with(FlightColumn.AIRCRAFT_TYPE, known.typeCode());
				}
			}
		}
		String rules = values.text(FlightColumn.FLIGHT_RULES);
		if (rules != null) {
			values = values.with(FlightColumn.FLIGHT_RULES, rules.toUpperCase(Locale.ROOT));
		}
		values = deriveBlockTime(values);
		// a field already reported as unreadable is not reported again by the rules that
		// need its value
		Set<String> reported = new HashSet<>();
		issues.forEach(issue -> reported.add(issue.field()));
		FlightRules.check(values, LocalDate.now(clock))
			.stream()
			.filter(issue -> !reported.contains(issue.field()))
			.forEach(issues::add);
		return new Prepared(values, aircraftId, List.copyOf(issues));
	}

	private static FlightValues resolveAirport(Lookups lookups, FlightValues values, FlightColumn code,
			FlightColumn lat, FlightColumn lon, List<FieldIssue> issues) {
		String given = values.text(code);
		if (given == null) {
			return values;
		}
		Airport airport = lookups.airport(given).orElse(null);
		if (airport == null) {
			issues.add(new FieldIssue(code.wireName(), "Unknown airport " + given
					+ ": use an ICAO, IATA or FAA code, e.g. CYTZ, YTZ or 1C5, or add it under Airports"));
			return values;
		}
		values = values.with(code, airport.code());
		if (values.get(lat) == null || values.get(lon) == null) {
			values = values.with(lat, airport.latitude()).with(lon, airport.longitude());
		}
		return values;
	}

	private static FlightValues deriveBlockTime(FlightValues values) {
		String out = values.text(FlightColumn.DEPARTURE_TIME);
		String in = values.text(FlightColumn.ARRIVAL_TIME);
		if (values.get(FlightColumn.BLOCK_TIME_MINUTES) != null || out == null || in == null) {
			return values;
		}
		int minutes = LocalTime.parse(in).toSecondOfDay() / 60 - LocalTime.parse(out).toSecondOfDay() / 60;
		return values.with(FlightColumn.BLOCK_TIME_MINUTES, minutes < 0 ? minutes + 24 * 60 : minutes);
	}

	/**
	 * Remembers each answer; not thread-safe, one per request (or per page of an import).
	 */
	static final class Lookups {

		private final Function<String, Optional<Aircraft>> findAircraft;

		private final Function<String, Optional<Airport>> findAirport;

		private final Map<String, Optional<Aircraft>> aircraftByRegistration = new HashMap<>();

		private final Map<String, Optional<Airport>> airportsByCode = new HashMap<>();

		private Lookups(Function<String, Optional<Aircraft>> findAircraft,
				Function<String, Optional<Airport>> findAirport) {
			this.findAircraft = findAircraft;
			this.findAirport = findAirport;
		}

		Optional<Aircraft> aircraft(String registration) {
			return aircraftByRegistration.computeIfAbsent(Aircraft.normalize(registration), findAircraft);
		}

		Optional<Airport> airport(String code) {
			return airportsByCode.computeIfAbsent(code, findAirport);
		}

	}

	record Prepared(FlightValues values, @Nullable UUID aircraftId, List<FieldIssue> issues) {

		boolean valid() {
			return issues.isEmpty();
		}

	}

}
