package aero.hobbs.organizations.oauth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An OAuth client registered by an organization's admins: {@code clientId} is public (the
 * application sends it), a confidential client also holds a secret (only its hash is
 * kept). A revoked client keeps this record for the list; its server rows and every token
 * are gone.
 */
public record OAuthClient(String registeredClientId, UUID organizationId, String clientId, String name,
		boolean confidential, List<String> redirectUris, List<String> scopes, UUID createdBy, Instant createdAt,
		@Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}

}
