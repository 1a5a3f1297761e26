package aero.hobbs.organizations.oauth;

import org.jspecify.annotations.Nullable;

/** A client just registered, with its secret (confidential clients only), shown once. */
public record CreatedOAuthClient(OAuthClient client, @Nullable String clientSecret) {
}
