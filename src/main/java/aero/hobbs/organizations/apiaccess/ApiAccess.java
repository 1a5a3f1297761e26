package aero.hobbs.organizations.apiaccess;

import java.time.Instant;

import aero.hobbs.organizations.OrganizationId;

/** API access as the platform admin enabled it for one organization. */
public record ApiAccess(OrganizationId organizationId, ApiPlan plan, long requestsPerHour, Instant enabledAt,
		Instant updatedAt) {
}
