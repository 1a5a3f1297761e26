package aero.hobbs.organizations;

import aero.hobbs.shared.UserId;

/** A member's role was changed. */
public record MemberRoleChanged(OrganizationId organizationId, UserId userId, Role from, Role to) {
}
