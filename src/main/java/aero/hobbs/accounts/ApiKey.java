package aero.hobbs.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal API key; {@code keyHash} is the SHA-256 (hex) of the key, which itself is
 * never stored.
 */
@Table("accounts_api_key")
record ApiKey(@Id UUID id, UUID userId, String name, String prefix, String keyHash, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	boolean active() {
		return revokedAt == null;
	}

	ApiKey revoked(Instant at) {
		return new ApiKey(id, userId, name, prefix, keyHash, createdAt, lastUsedAt, at);
	}

	ApiKey used(Instant at) {
		return new ApiKey(id, userId, name, prefix, keyHash, createdAt, at, revokedAt);
	}
}
