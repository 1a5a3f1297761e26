package aero.hobbs.organizations.web;

import java.time.Instant;
import java.util.Optional;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.apiaccess.ApiAccess;
import aero.hobbs.shared.web.ApiDocument;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of an {@code api_access} resource, whose id is the organization's.
 * {@code requests_per_hour} is the limit in effect: the plan's, or the limit of
 * organizations without API access when {@code enabled} is false.
 */
record ApiAccessResource(boolean enabled, @Nullable String plan, long requestsPerHour, @Nullable Instant enabledAt,
		@Nullable Instant updatedAt) {

	static ApiDocument<ApiAccessResource> of(ApiAccess access) {
		return of(access.organizationId(), Optional.of(access), access.requestsPerHour());
	}

	static ApiDocument<ApiAccessResource> of(OrganizationId organization, Optional<ApiAccess> access,
			long requestsPerHour) {
		return ApiDocument.of(organization.toString(), "api_access",
				access
					.map(a -> new ApiAccessResource(true, a.plan().wireName(), a.requestsPerHour(), a.enabledAt(),
							a.updatedAt()))
					.orElse(new ApiAccessResource(false, null, requestsPerHour, null, null)));
	}
}
