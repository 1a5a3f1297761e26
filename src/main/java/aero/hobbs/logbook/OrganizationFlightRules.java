package aero.hobbs.logbook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.aircraft.fleet.FleetStatus;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a member sends for a flight in an organization: the organization's fields
 * ({@code aircraft_id}, {@code instructor_id}) checked against its fleet and members, the
 * flight's columns as the pilot's logbook reads them, the fleet aircraft's registration
 * and type laid over them. Every issue is collected, so a refused flight names them all.
 */
@Component
class OrganizationFlightRules {

	static final String AIRCRAFT_ID = "aircraft_id";

	static final String INSTRUCTOR_ID = "instructor_id";

	/** What answers carry beyond the columns; sent back, they are ignored. */
	private static final Set<String> READ_ONLY = Set.of("organization_id", "pilot_id", "pilot_name", "instructor_name");

	private static final Set<Role> INSTRUCTING = EnumSet.of(Role.OWNER, Role.ADMIN, Role.INSTRUCTOR);

	private final Fleet fleet;

	private final OrganizationAccess access;

	private final JsonMapper json;

	OrganizationFlightRules(Fleet fleet, OrganizationAccess access, JsonMapper json) {
		this.fleet = fleet;
		this.access = access;
		this.json = json;
	}

	/**
	 * The flight's values and organization link before the logbook's own preparation,
	 * with the issues found so far; {@code link} is null only when the aircraft is an
	 * issue.
	 */
	record Draft(FlightValues values, @Nullable FlightOrganization link, List<FieldIssue> issues) {
	}

	/**
	 * A new flight of {@code pilot} from {@code attributes} when {@code existing} is
	 * null; otherwise {@code existing} with the named attributes changed (null clears).
	 */
	Draft draft(OrganizationId organization, UserId pilot, @Nullable Flight existing, Map<String, ?> attributes) {
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		attributes.forEach((name, value) -> {
			if (!name.equals(AIRCRAFT_ID) && !name.equals(INSTRUCTOR_ID) && !READ_ONLY.contains(name)) {
				columns.put(name, value);
			}
		});
		FlightOrganization link = existing == null ? null : existing.organization();
		List<FieldIssue> issues = new ArrayList<>();
		FleetAircraft aircraft;
		if (link == null || attributes.containsKey(AIRCRAFT_ID)) {
			aircraft = aircraft(organization, attributes.get(AIRCRAFT_ID), issues);
		}
		else {
			// the aircraft it was flown in may be grounded or gone since; that is no
			// reason
			// to refuse a correction
			aircraft = find(organization, link.aircraftId());
		}
		UserId instructor = link == null || attributes.containsKey(INSTRUCTOR_ID)
				? instructor(organization, pilot, attributes.get(INSTRUCTOR_ID), issues) : link.instructor();
		FlightInput input = FlightInput.parse(columns, json);
		issues.addAll(input.issues());
		FlightValues values = existing == null ? FlightValues.empty().overlay(input.changes())
				: existing.values().overlay(Logbook.overlay(input));
		if (aircraft != null) {
			check(columns, FlightColumn.AIRCRAFT_REGISTRATION, aircraft.registration(), issues);
			check(columns, FlightColumn.AIRCRAFT_TYPE, aircraft.typeCode(), issues);
			values = values.with(FlightColumn.AIRCRAFT_REGISTRATION, aircraft.registration())
				.with(FlightColumn.AIRCRAFT_TYPE, aircraft.typeCode());
		}
		if (instructor != null && (link == null || !instructor.equals(link.instructor()))
				&& !columns.containsKey(FlightColumn.INSTRUCTOR_NAME.wireName())) {
			FlightValues named = values;
			values = access.membership(organization, instructor)
				.map(member -> named.with(FlightColumn.INSTRUCTOR_NAME, member.name()))
				.orElse(values);
		}
		UUID aircraftId = aircraft != null ? aircraft.id()
				: link != null && !attributes.containsKey(AIRCRAFT_ID) ? link.aircraftId() : null;
		return new Draft(values,
				aircraftId == null ? null : new FlightOrganization(organization, aircraftId, instructor), issues);
	}

	private @Nullable FleetAircraft aircraft(OrganizationId organization, @Nullable Object given,
			List<FieldIssue> issues) {
		if (given == null || given.toString().isBlank()) {
			issues.add(new FieldIssue(AIRCRAFT_ID, "Choose the fleet aircraft the flight was flown in"));
			return null;
		}
		UUID id = uuid(given);
		FleetAircraft aircraft = id == null ? null : find(organization, id);
		if (aircraft == null) {
			issues.add(new FieldIssue(AIRCRAFT_ID, "No aircraft of this organization's fleet has this id"));
			return null;
		}
		if (aircraft.status() == FleetStatus.GROUNDED) {
			issues.add(new FieldIssue(AIRCRAFT_ID,
					aircraft.registration() + " is grounded: no flights can be logged in it until it is available"));
		}
		return aircraft;
	}

	private @Nullable FleetAircraft find(OrganizationId organization, UUID id) {
		try {
			return fleet.inOrganization(organization, id);
		}
		catch (NotFound e) {
			return null;
		}
	}

	private @Nullable UserId instructor(OrganizationId organization, UserId pilot, @Nullable Object given,
			List<FieldIssue> issues) {
		if (given == null || given.toString().isBlank()) {
			return null;
		}
		UUID id = uuid(given);
		Member instructor = id == null ? null : access.membership(organization, new UserId(id)).orElse(null);
		if (instructor == null || !INSTRUCTING.contains(instructor.role())) {
			issues.add(new FieldIssue(INSTRUCTOR_ID,
					"The instructor must be a member of this organization whose role is instructor, admin or owner"));
			return null;
		}
		if (instructor.userId().equals(pilot)) {
			issues.add(new FieldIssue(INSTRUCTOR_ID, "The instructor must be someone other than the pilot"));
			return null;
		}
		return instructor.userId();
	}

	/** A registration or type sent with the flight must be the fleet aircraft's. */
	private static void check(Map<String, ?> sent, FlightColumn column, String fleetValue, List<FieldIssue> issues) {
		Object given = sent.get(column.wireName());
		if (given != null && !given.toString().isBlank() && !given.toString().trim().equalsIgnoreCase(fleetValue)) {
			issues.add(new FieldIssue(column.wireName(),
					"Comes from the fleet aircraft (" + fleetValue + "); leave it out or choose another aircraft_id"));
		}
	}

	private static @Nullable UUID uuid(Object given) {
		try {
			return UUID.fromString(given.toString().trim());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
