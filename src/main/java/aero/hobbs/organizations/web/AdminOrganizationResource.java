package aero.hobbs.organizations.web;

import java.time.Instant;

import aero.hobbs.organizations.apiaccess.ApiAccessPlans;

import org.jspecify.annotations.Nullable;

/** An organization as the platform admin's list shows it: with its API access. */
record AdminOrganizationResource(String name, Instant createdAt, boolean apiAccess, @Nullable String plan,
		long requestsPerHour) {

	static AdminOrganizationResource of(ApiAccessPlans.Listed listed) {
		return new AdminOrganizationResource(listed.name(), listed.createdAt(), listed.access().isPresent(),
				listed.access().map(access -> access.plan().wireName()).orElse(null), listed.requestsPerHour());
	}
}
