package aero.hobbs.organizations.apiaccess;

import java.time.Instant;
import java.util.UUID;

import aero.hobbs.organizations.Role;

import org.jspecify.annotations.Nullable;

/**
 * An organization API key as lists show it: never the key, only its first characters
 * ({@code prefix}). {@code createdBy} is the user (or the admin-role key) that made it.
 */
public record OrganizationApiKey(UUID id, UUID organizationId, String name, Role role, String prefix, UUID createdBy,
		Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
