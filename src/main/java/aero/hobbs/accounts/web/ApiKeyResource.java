package aero.hobbs.accounts.web;

import java.time.Instant;

import aero.hobbs.accounts.ApiKeySummary;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The attributes of an {@code api_key} resource; {@code key} is present only in the
 * answer that created it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiKeyResource(String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt, boolean active, @Nullable String key) {

	static ApiResource<ApiKeyResource> of(ApiKeySummary summary, @Nullable String key) {
		return new ApiResource<>(summary.id().toString(), "api_key",
				new ApiKeyResource(summary.name(), summary.prefix(), summary.createdAt(), summary.lastUsedAt(),
						summary.revokedAt(), summary.active(), key));
	}
}
