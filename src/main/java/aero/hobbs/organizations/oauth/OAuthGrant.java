package aero.hobbs.organizations.oauth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An application a user allowed to act for them in an organization: what they consented
 * to, for the "connected applications" list, where they can take it back.
 */
public record OAuthGrant(String registeredClientId, String clientName, UUID organizationId, String organizationName,
		List<String> scopes, @Nullable Instant lastIssuedAt) {
}
