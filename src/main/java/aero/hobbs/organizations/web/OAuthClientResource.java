package aero.hobbs.organizations.web;

import java.time.Instant;
import java.util.List;

import aero.hobbs.organizations.oauth.OAuthClient;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The attributes of an {@code oauth_client} resource; {@code client_secret} is present
 * only in the answer that registered a confidential client.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OAuthClientResource(String organizationId, String name, String clientId, String clientType,
		List<String> redirectUris, List<String> scopes, String createdBy, Instant createdAt,
		@Nullable Instant revokedAt, boolean active, @Nullable String clientSecret) {

	static ApiResource<OAuthClientResource> of(OAuthClient client, @Nullable String secret) {
		return new ApiResource<>(client.registeredClientId(), "oauth_client",
				new OAuthClientResource(client.organizationId().toString(), client.name(), client.clientId(),
						client.confidential() ? "confidential" : "public", client.redirectUris(), client.scopes(),
						client.createdBy().toString(), client.createdAt(), client.revokedAt(), client.active(),
						secret));
	}
}
