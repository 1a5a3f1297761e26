package aero.hobbs.organizations;

import java.time.Instant;

import aero.hobbs.shared.UserId;

/**
 * A user's membership of an organization, with the user's name and email as the member
 * directory shows them.
 */
public record Member(OrganizationId organizationId, UserId userId, Role role, String name, String email,
		Instant joinedAt) {

	public boolean can(Permission permission) {
		return role.allows(permission);
	}

	/** For templates: {@code member.may('FLEET_MANAGE')}. */
	public boolean may(String permission) {
		return can(Permission.valueOf(permission));
	}
}
