package aero.hobbs.organizations.web;

import java.time.Instant;

import aero.hobbs.organizations.apiaccess.OrganizationApiKey;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The attributes of an {@code organization_api_key} resource; {@code key} is present only
 * in the answer that created it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrganizationApiKeyResource(String organizationId, String name, String role, String prefix, String createdBy,
		Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, boolean active,
		@Nullable String key) {

	static ApiResource<OrganizationApiKeyResource> of(OrganizationApiKey summary, @Nullable String key) {
		return new ApiResource<>(summary.id().toString(), "organization_api_key",
				new OrganizationApiKeyResource(summary.organizationId().toString(), summary.name(),
						summary.role().wireName(), summary.prefix(), summary.createdBy().toString(),
						summary.createdAt(), summary.lastUsedAt(), summary.revokedAt(), summary.active(), key));
	}
}
