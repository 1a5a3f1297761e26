package aero.hobbs.calendar;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Resolves the aircraft and people a calendar entry names. An id that is not the
 * organization's (another organization's aircraft, a non-member) is an invalid field,
 * worded the same as an id that does not exist, so ids cannot be probed.
 */
@Component
class Participants {

	/** The roles that may be named as an entry's instructor. */
	static final Set<Role> INSTRUCTING = EnumSet.of(Role.OWNER, Role.ADMIN, Role.INSTRUCTOR);

	private final Fleet fleet;

	private final OrganizationAccess access;

	Participants(Fleet fleet, OrganizationAccess access) {
		this.fleet = fleet;
		this.access = access;
	}

	@Nullable FleetAircraft aircraft(OrganizationId organization, @Nullable UUID id, Inputs inputs) {
		if (id == null) {
			return null;
		}
		try {
			return fleet.inOrganization(organization, id);
		}
		catch (NotFound e) {
			inputs.issue("aircraft_id", "The organization's fleet has no aircraft with this id");
			return null;
		}
	}

	@Nullable Member member(OrganizationId organization, @Nullable UUID id, String field, Inputs inputs) {
		if (id == null) {
			return null;
		}
		Member member = access.membership(organization, new UserId(id)).orElse(null);
		if (member == null) {
			inputs.issue(field, "The organization has no member with this id");
		}
		return member;
	}

	@Nullable Member instructor(OrganizationId organization, @Nullable UUID id, Inputs inputs) {
		Member member = member(organization, id, "instructor_id", inputs);
		if (member != null && !INSTRUCTING.contains(member.role())) {
			inputs.issue("instructor_id", member.name() + " is a " + member.role().wireName()
					+ ", not an instructor: choose a member whose role is instructor, admin or owner");
		}
		return member;
	}

}
