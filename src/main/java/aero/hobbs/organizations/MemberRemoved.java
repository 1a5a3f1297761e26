package aero.hobbs.organizations;

import aero.hobbs.shared.UserId;

/** A member left or was removed from an organization. */
public record MemberRemoved(OrganizationId organizationId, UserId userId) {
}
