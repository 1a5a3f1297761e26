package aero.hobbs.organizations.oauth;

import java.time.Clock;
import java.time.Instant;

import aero.hobbs.shared.BearerKeys;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Opaque tokens with a readable prefix, {@code hbt_} (access) and {@code hbr_} (refresh),
 * each followed by 256 random bits: the `/v1` chain tells them from API keys by the
 * prefix, secret scanners can find them, and revoking one takes effect on the next
 * request because every request looks the token up. Refresh tokens go to confidential
 * clients only (a public client signs the member in again, without asking again).
 */
final class ReferenceTokens implements OAuth2TokenGenerator<OAuth2Token> {

	static final String ACCESS_PREFIX = "hbt_";

	static final String REFRESH_PREFIX = "hbr_";

	private final Clock clock;

	ReferenceTokens(Clock clock) {
		this.clock = clock;
	}

	@Override
	public @Nullable OAuth2Token generate(OAuth2TokenContext context) {
		Instant now = clock.instant();
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, BearerKeys.generate(ACCESS_PREFIX), now,
					now.plus(context.getRegisteredClient().getTokenSettings().getAccessTokenTimeToLive()),
					context.getAuthorizedScopes());
		}
		if (OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType()) && !context.getRegisteredClient()
			.getClientAuthenticationMethods()
			.contains(ClientAuthenticationMethod.NONE)) {
			return new OAuth2RefreshToken(BearerKeys.generate(REFRESH_PREFIX), now,
					now.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
		}
		return null;
	}

}
