package aero.hobbs.logbook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import aero.hobbs.aircraft.Aircraft;
import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.airports.Airport;
import aero.hobbs.airports.PilotAirports;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A pilot's logbook: logs, amends and removes flights, lists them, and adds them up.
 * Before a flight is stored its airports are resolved to their codes, the pilot's custom
 * airports and aliases included (filling coordinates the flight lacks), its registration
 * is linked to the pilot's aircraft (filling the type), a missing block time is worked
 * out from the out and in times, and every rule is checked; a flight that breaks any is
 * refused whole, with every issue named.
 */
@Service
public class Logbook {

	private final FlightRepository flights;

	private final MonthlyTotals monthlyTotals;

	private final PilotAirports airports;

	private final AircraftRegistry aircraft;

	private final JsonMapper json;

	private final Clock clock;

	Logbook(FlightRepository flights, MonthlyTotals monthlyTotals, PilotAirports airports, AircraftRegistry aircraft,
			JsonMapper json, Clock clock) {
		this.flights = flights;
		this.monthlyTotals = monthlyTotals;
		this.airports = airports;
		this.aircraft = aircraft;
		this.json = json;
		this.clock = clock;
	}

	/** Logs a flight the pilot entered, from its attributes by wire name. */
	@Transactional
	public Flight logFlight(UserId pilot, Map<String, ?> attributes) {
		FlightInput input = FlightInput.parse(attributes, json);
		return record(pilot, FlightValues.empty().overlay(input.changes()), Provenance.MANUAL, input.issues());
	}

	/**
	 * Records a flight that came from elsewhere (an import, a partner) with its
	 * provenance.
	 */
	@Transactional
	public Flight record(UserId pilot, FlightValues values, Provenance provenance) {
		return record(pilot, values, provenance, List.of());
	}

	private Flight record(UserId pilot, FlightValues values, Provenance provenance, List<FieldIssue> earlier) {
		Prepared prepared = prepare(pilot, values, earlier);
		Instant now = clock.instant();
		Flight flight = new Flight(new FlightId(UUID.randomUUID()), pilot, prepared.aircraftId(), prepared.values(),
				provenance, now, now);
		flights.insert(flight);
		monthlyTotals.add(pilot, flight.values());
		return flight;
	}

	/** Changes the named attributes of a flight; an attribute sent as null is cleared. */
	@Transactional
	public Flight amend(UserId pilot, FlightId id, Map<String, ?> changes) {
		Flight existing = flights.findForUpdate(pilot, id).orElseThrow(() -> new NotFound("Flight"));
		FlightInput input = FlightInput.parse(changes, json);
		Map<FlightColumn, @Nullable Object> overlay = new HashMap<>(input.changes());
		// a new airport brings its own coordinates unless the change sets them too
		clearStaleCoordinates(overlay, FlightColumn.DEPARTURE_AIRPORT, FlightColumn.DEPARTURE_LAT,
				FlightColumn.DEPARTURE_LONG);
		clearStaleCoordinates(overlay, FlightColumn.ARRIVAL_AIRPORT, FlightColumn.ARRIVAL_LAT,
				FlightColumn.ARRIVAL_LONG);
		Prepared prepared = prepare(pilot, existing.values().overlay(overlay), input.issues());
		Flight amended = new Flight(existing.id(), pilot, prepared.aircraftId(), prepared.values(),
				existing.provenance(), existing.createdAt(), clock.instant());
		flights.update(amended);
		monthlyTotals.subtract(pilot, existing.values());
		monthlyTotals.add(pilot, amended.values());
		return amended;
	}

	@Transactional
	public void remove(UserId pilot, FlightId id) {
		Flight existing = flights.findForUpdate(pilot, id).orElseThrow(() -> new NotFound("Flight"));
		flights.delete(pilot, id);
		monthlyTotals.subtract(pilot, existing.values());
	}

	public Flight find(UserId pilot, FlightId id) {
		return flights.find(pilot, id).orElseThrow(() -> new NotFound("Flight"));
	}

	/**
	 * A page of the pilot's flights, newest first, with the count of all that match the
	 * filter.
	 */
	@Transactional(readOnly = true)
	public FlightPage list(UserId pilot, FlightFilter filter, long offset, int limit) {
		long total = filter.equals(FlightFilter.NONE) ? monthlyTotals.sum(pilot, null).flights()
				: flights.count(pilot, filter);
		return new FlightPage(total == 0 ? List.of() : flights.page(pilot, filter, offset, limit), total);
	}

	/** The sums of the pilot's flights that match the filter. */
	public TotalsRow sums(UserId pilot, FlightFilter filter) {
		return flights.sums(pilot, filter);
	}

	/**
	 * Lifetime totals, and those of the 12 months up to today (UTC): flights dated after
	 * {@code since}. Whole months come from the monthly rollup; only the first, partial
	 * month of the window is summed from its flights.
	 */
	@Transactional(readOnly = true)
	public Totals totals(UserId pilot) {
		LocalDate since = LocalDate.now(clock).minusMonths(12);
		LocalDate first = since.plusDays(1);
		YearMonth firstWholeMonth = first.getDayOfMonth() == 1 ? YearMonth.from(first)
				: YearMonth.from(first).plusMonths(1);
		TotalsRow recent = monthlyTotals.sum(pilot, firstWholeMonth);
		if (first.getDayOfMonth() != 1) {
			recent = recent
				.plus(flights.sums(pilot, new FlightFilter(first, firstWholeMonth.atDay(1).minusDays(1), null)));
		}
		return new Totals(monthlyTotals.sum(pilot, null), recent, since);
	}

	/**
	 * Block minutes per month for the last {@code months} months, this month included,
	 * oldest first; empty months are 0.
	 */
	public List<MonthTotal> monthly(UserId pilot, int months) {
		YearMonth current = YearMonth.now(clock);
		YearMonth first = current.minusMonths(months - 1L);
		Map<YearMonth, Long> flown = new HashMap<>();
		monthlyTotals.blockPerMonth(pilot, first).forEach(m -> flown.put(m.month(), m.blockMinutes()));
		List<MonthTotal> result = new ArrayList<>(months);
		for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
			result.add(new MonthTotal(month, flown.getOrDefault(month, 0L)));
		}
		return result;
	}

	/** Hands every flight's values to {@code action}, oldest first. */
	@Transactional(readOnly = true)
	public void forEachFlight(UserId pilot, Consumer<FlightValues> action) {
		flights.each(pilot, action);
	}

	private Prepared prepare(UserId pilot, FlightValues values, List<FieldIssue> earlier) {
		List<FieldIssue> issues = new ArrayList<>(earlier);
		values = resolveAirport(pilot, values, FlightColumn.DEPARTURE_AIRPORT, FlightColumn.DEPARTURE_LAT,
				FlightColumn.DEPARTURE_LONG, issues);
		values = resolveAirport(pilot, values, FlightColumn.ARRIVAL_AIRPORT, FlightColumn.ARRIVAL_LAT,
				FlightColumn.ARRIVAL_LONG, issues);
		UUID aircraftId = null;
		String registration = values.text(FlightColumn.AIRCRAFT_REGISTRATION);
		if (registration != null) {
			Aircraft known = aircraft.findByRegistration(pilot, registration).orElse(null);
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
		java.util.Set<String> reported = new java.util.HashSet<>();
		issues.forEach(issue -> reported.add(issue.field()));
		FlightRules.check(values, LocalDate.now(clock))
			.stream()
			.filter(issue -> !reported.contains(issue.field()))
			.forEach(issues::add);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		return new Prepared(values, aircraftId);
	}

	private FlightValues resolveAirport(UserId pilot, FlightValues values, FlightColumn code, FlightColumn lat,
			FlightColumn lon, List<FieldIssue> issues) {
		String given = values.text(code);
		if (given == null) {
			return values;
		}
		Airport airport = airports.find(pilot, given).orElse(null);
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

	private static void clearStaleCoordinates(Map<FlightColumn, @Nullable Object> overlay, FlightColumn code,
			FlightColumn lat, FlightColumn lon) {
		if (overlay.containsKey(code) && !overlay.containsKey(lat) && !overlay.containsKey(lon)) {
			overlay.put(lat, null);
			overlay.put(lon, null);
		}
	}

	private record Prepared(FlightValues values, @Nullable UUID aircraftId) {
	}

}
