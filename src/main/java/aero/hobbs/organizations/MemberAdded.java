package aero.hobbs.organizations;

import aero.hobbs.shared.UserId;

/** A user joined an organization (by accepting an invitation, or by creating it). */
public record MemberAdded(OrganizationId organizationId, UserId userId, Role role) {
}
