package aero.hobbs.logbook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A pilot's logbook: logs, amends and removes flights, lists them, and adds them up.
 * Before a flight is stored it is prepared ({@link FlightPreparation}: airports resolved,
 * the pilot's custom airports and aliases included, registration linked, block time
 * derived) and every rule is checked; a flight that breaks any is refused whole, with
 * every issue named.
 */
@Service
public class Logbook {

	private final FlightRepository flights;

	private final MonthlyTotals monthlyTotals;

	private final FlightPreparation preparation;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Logbook(FlightRepository flights, MonthlyTotals monthlyTotals, FlightPreparation preparation, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.flights = flights;
		this.monthlyTotals = monthlyTotals;
		this.preparation = preparation;
		this.json = json;
		this.events = events;
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
		FlightPreparation.Prepared prepared = prepared(pilot, values, earlier);
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
		Map<FlightColumn, @Nullable Object> overlay = overlay(input);
		List<FieldIssue> issues = new ArrayList<>(input.issues());
		if (existing.organization() != null) {
			// the fleet aircraft decides these; the organization's flight log changes it
			for (FlightColumn fixed : List.of(FlightColumn.AIRCRAFT_REGISTRATION, FlightColumn.AIRCRAFT_TYPE)) {
				if (overlay.containsKey(fixed) && !Objects.equals(overlay.get(fixed), existing.values().get(fixed))) {
					issues.add(new FieldIssue(fixed.wireName(), "This flight was logged in an organization's aircraft; "
							+ "change the aircraft in the organization's flight log"));
				}
			}
		}
		FlightPreparation.Prepared prepared = prepared(pilot, existing.values().overlay(overlay), issues);
		Flight amended = new Flight(existing.id(), pilot, prepared.aircraftId(), prepared.values(),
				existing.provenance(), existing.createdAt(), clock.instant(), existing.organization());
		flights.update(amended);
		monthlyTotals.subtract(pilot, existing.values());
		monthlyTotals.add(pilot, amended.values());
		if (amended.organization() != null) {
			events.publishEvent(
					new OrganizationFlightAmended(amended.organization().organizationId(), amended.id(), pilot, pilot));
		}
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
	 * A flight recorded in the organization, whoever flew it, for a module that has
	 * already checked the caller's permission (accounting drafts invoices from it); this
	 * method checks none. A flight of another organization, or in none, is not found.
	 */
	public OrganizationFlight findInOrganization(OrganizationId organization, FlightId id) {
		return flights.findInOrganization(organization, id)
			.map(OrganizationFlight::of)
			.orElseThrow(() -> new NotFound("Flight"));
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

	private FlightPreparation.Prepared prepared(UserId pilot, FlightValues values, List<FieldIssue> earlier) {
		FlightPreparation.Prepared prepared = preparation.prepare(pilot, values, earlier);
		if (!prepared.valid()) {
			throw new InvalidInput(prepared.issues());
		}
		return prepared;
	}

	/**
	 * The input's changes, with the coordinates of a changed airport cleared unless the
	 * change sets them too: a new airport brings its own.
	 */
	static Map<FlightColumn, @Nullable Object> overlay(FlightInput input) {
		Map<FlightColumn, @Nullable Object> overlay = new HashMap<>(input.changes());
		clearStaleCoordinates(overlay, FlightColumn.DEPARTURE_AIRPORT, FlightColumn.DEPARTURE_LAT,
				FlightColumn.DEPARTURE_LONG);
		clearStaleCoordinates(overlay, FlightColumn.ARRIVAL_AIRPORT, FlightColumn.ARRIVAL_LAT,
				FlightColumn.ARRIVAL_LONG);
		return overlay;
	}

	private static void clearStaleCoordinates(Map<FlightColumn, @Nullable Object> overlay, FlightColumn code,
			FlightColumn lat, FlightColumn lon) {
		if (overlay.containsKey(code) && !overlay.containsKey(lat) && !overlay.containsKey(lon)) {
			overlay.put(lat, null);
			overlay.put(lon, null);
		}
	}

}
