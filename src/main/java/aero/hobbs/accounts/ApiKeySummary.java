package aero.hobbs.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An API key as lists show it: never the key itself, only its first characters. */
public record ApiKeySummary(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

	static ApiKeySummary of(ApiKey key) {
		return new ApiKeySummary(key.id(), key.name(), key.prefix(), key.createdAt(), key.lastUsedAt(),
				key.revokedAt());
	}

	public boolean active() {
		return revokedAt == null;
	}
}
