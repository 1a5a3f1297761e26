package aero.hobbs.logbook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flights recorded in an organization: a member logs their own flight in one of its fleet
 * aircraft, optionally under one of its instructors. The flight is an ordinary flight of
 * the pilot's logbook (same columns, same rules, in their totals) that also names the
 * organization, so that the roles with {@link Permission#FLIGHTS_VIEW_ALL} see it. Its
 * registration and type are the fleet aircraft's; a grounded aircraft takes no new
 * flights.
 */
@Service
public class OrganizationLogbook {

	/**
	 * Narrows an organization's flight list: flight dates from and to (inclusive), a
	 * pilot, a fleet aircraft.
	 */
	public record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UserId pilot,
			@Nullable UUID aircraftId) {
	}

	/** A page of an organization's flights, and whether the viewer sees everyone's. */
	public record Listing(List<Flight> flights, long total, boolean everyone) {
	}

	private final FlightRepository flights;

	private final MonthlyTotals monthlyTotals;

	private final FlightPreparation preparation;

	private final OrganizationAccess access;

	private final OrganizationFlightRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganizationLogbook(FlightRepository flights, MonthlyTotals monthlyTotals, FlightPreparation preparation,
			OrganizationAccess access, OrganizationFlightRules rules, ApplicationEventPublisher events, Clock clock) {
		this.flights = flights;
		this.monthlyTotals = monthlyTotals;
		this.preparation = preparation;
		this.access = access;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The organization's flights, newest first: everyone's for the roles with
	 * {@link Permission#FLIGHTS_VIEW_ALL}, the viewer's own for the others (who may not
	 * ask for another pilot's).
	 */
	@Transactional(readOnly = true)
	public Listing list(OrganizationId organization, UserId user, Filter filter, long offset, int limit) {
		Member member = access.require(organization, user, Permission.FLIGHTS_LOG);
		boolean everyone = member.can(Permission.FLIGHTS_VIEW_ALL);
		Filter applied = filter;
		if (!everyone) {
			if (filter.pilot() != null && !filter.pilot().equals(user)) {
				throw new Forbidden(refusal(member, Permission.FLIGHTS_VIEW_ALL, "see other members' flights"));
			}
			applied = new Filter(filter.from(), filter.to(), user, filter.aircraftId());
		}
		long total = flights.countInOrganization(organization, applied);
		return new Listing(total == 0 ? List.of() : flights.pageInOrganization(organization, applied, offset, limit),
				total, everyone);
	}

	/**
	 * One of the organization's flights: the viewer's own, or anyone's with
	 * FLIGHTS_VIEW_ALL.
	 */
	public Flight find(OrganizationId organization, UserId user, FlightId id) {
		Member member = access.require(organization, user, Permission.FLIGHTS_LOG);
		Flight flight = flights.findInOrganization(organization, id).orElseThrow(() -> new NotFound("Flight"));
		if (!flight.pilot().equals(user) && !member.can(Permission.FLIGHTS_VIEW_ALL)) {
			throw new Forbidden(refusal(member, Permission.FLIGHTS_VIEW_ALL, "see other members' flights"));
		}
		return flight;
	}

	/**
	 * Logs the caller's flight in the organization: {@code aircraft_id} (a fleet
	 * aircraft, required), {@code instructor_id} (a member who is an instructor, admin or
	 * owner, optional), and the flight's columns by wire name as the pilot's logbook
	 * takes them.
	 */
	@Transactional
	public Flight log(OrganizationId organization, UserId user, Map<String, ?> attributes) {
		access.require(organization, user, Permission.FLIGHTS_LOG);
		OrganizationFlightRules.Draft draft = rules.draft(organization, user, null, attributes);
		FlightPreparation.Prepared prepared = prepared(user, draft.values(), draft.issues());
		Instant now = clock.instant();
		Flight flight = new Flight(new FlightId(UUID.randomUUID()), user, prepared.aircraftId(), prepared.values(),
				Provenance.MANUAL, now, now, Objects.requireNonNull(draft.link()));
		flights.insert(flight);
		monthlyTotals.add(user, flight.values());
		events.publishEvent(new OrganizationFlightLogged(organization, flight.id(), user));
		return flight;
	}

	/**
	 * Changes some of a flight's attributes (those named; null clears): the pilot's own
	 * with FLIGHTS_LOG, anyone's with FLIGHTS_MANAGE_ALL. A new {@code aircraft_id} must
	 * not be grounded; the aircraft the flight was flown in may be grounded since.
	 */
	@Transactional
	public Flight amend(OrganizationId organization, UserId user, FlightId id, Map<String, ?> changes) {
		Flight existing = changeable(organization, user, id);
		OrganizationFlightRules.Draft draft = rules.draft(organization, existing.pilot(), existing, changes);
		FlightPreparation.Prepared prepared = prepared(existing.pilot(), draft.values(), draft.issues());
		Flight amended = new Flight(existing.id(), existing.pilot(), prepared.aircraftId(), prepared.values(),
				existing.provenance(), existing.createdAt(), clock.instant(), Objects.requireNonNull(draft.link()));
		flights.update(amended);
		monthlyTotals.subtract(existing.pilot(), existing.values());
		monthlyTotals.add(existing.pilot(), amended.values());
		events.publishEvent(new OrganizationFlightAmended(organization, amended.id(), amended.pilot(), user));
		return amended;
	}

	/**
	 * Deletes the flight, from the organization and from the pilot's logbook: the pilot's
	 * own with FLIGHTS_LOG, anyone's with FLIGHTS_MANAGE_ALL.
	 */
	@Transactional
	public void remove(OrganizationId organization, UserId user, FlightId id) {
		Flight existing = changeable(organization, user, id);
		flights.delete(existing.pilot(), existing.id());
		monthlyTotals.subtract(existing.pilot(), existing.values());
	}

	private Flight changeable(OrganizationId organization, UserId user, FlightId id) {
		Member member = access.require(organization, user, Permission.FLIGHTS_LOG);
		Flight flight = flights.findInOrganization(organization, id).orElseThrow(() -> new NotFound("Flight"));
		if (!flight.pilot().equals(user) && !member.can(Permission.FLIGHTS_MANAGE_ALL)) {
			throw new Forbidden(refusal(member, Permission.FLIGHTS_MANAGE_ALL, "change other members' flights"));
		}
		return flights.findForUpdate(flight.pilot(), id).orElseThrow(() -> new NotFound("Flight"));
	}

	private FlightPreparation.Prepared prepared(UserId pilot, FlightValues values, List<FieldIssue> earlier) {
		FlightPreparation.Prepared prepared = preparation.prepare(pilot, values, earlier);
		if (!prepared.valid()) {
			throw new InvalidInput(prepared.issues());
		}
		return prepared;
	}

	private static String refusal(Member member, Permission permission, String what) {
		return "Your role in this organization (" + member.role().wireName() + ") may not " + what + "; that needs "
				+ String.join(" or ", permission.roles().stream().map(Role::wireName).toList());
	}

}
