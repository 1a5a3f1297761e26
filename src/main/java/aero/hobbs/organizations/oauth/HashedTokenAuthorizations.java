package aero.hobbs.organizations.oauth;

import java.security.Principal;
import java.util.List;

import aero.hobbs.shared.BearerKeys;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorization server's store, with two changes on the way in: authorization codes,
 * access and refresh tokens are kept as their SHA-256 ({@code sha256:} + hex), like API
 * keys, so a copy of the database holds no usable credential; and the signed-in principal
 * is kept as the user's email and id ({@link #USER_ID}) instead of Hobbs' own principal
 * type, which the server's JSON mapper does not know. A lookup by a presented value
 * hashes it first and hands the authorization back with that value in clear, as the
 * server's providers expect.
 */
final class HashedTokenAuthorizations implements OAuth2AuthorizationService {

	/** The attribute holding the consenting user's id. */
	static final String USER_ID = "hobbs.user_id";

	private static final String HASHED = "sha256:";

	private final OAuth2AuthorizationService stored;

	HashedTokenAuthorizations(OAuth2AuthorizationService stored) {
		this.stored = stored;
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		stored.save(forStorage(authorization));
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		stored.remove(authorization);
	}

	@Override
	public @Nullable OAuth2Authorization findById(String id) {
		return stored.findById(id);
	}

	@Override
	public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
		if (tokenType != null && OAuth2ParameterNames.STATE.equals(tokenType.getValue())) {
			// the state of a pending consent is not a credential, and is looked up as is
			return stored.findByToken(token, tokenType);
		}
		String hash = hash(token);
		OAuth2Authorization found = stored.findByToken(hash, tokenType);
		return found == null ? null : replace(found, hash, token);
	}

	static String hash(String value) {
		return value.startsWith(HASHED) ? value : HASHED + BearerKeys.sha256(value);
	}

	private static OAuth2Authorization forStorage(OAuth2Authorization authorization) {
		OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
		for (Class<? extends OAuth2Token> type : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
				OAuth2RefreshToken.class)) {
			OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
			if (token != null) {
				builder.token(withValue(token.getToken(), hash(token.getToken().getTokenValue())));
			}
		}
		Object principal = authorization.getAttribute(Principal.class.getName());
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof SignedInUser user) {
			builder.attribute(Principal.class.getName(), UsernamePasswordAuthenticationToken
				.authenticated(user.getUsername(), null, List.of(new SimpleGrantedAuthority("ROLE_PILOT"))));
			builder.attribute(USER_ID, user.id().value().toString());
		}
		return builder.build();
	}

	/** The stored authorization with the token whose hash was looked up in clear. */
	private static OAuth2Authorization replace(OAuth2Authorization authorization, String hash, String value) {
		OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
		for (Class<? extends OAuth2Token> type : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
				OAuth2RefreshToken.class)) {
			OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
			if (token != null && token.getToken().getTokenValue().equals(hash)) {
				builder.token(withValue(token.getToken(), value));
			}
		}
		return builder.build();
	}

	private static OAuth2Token withValue(OAuth2Token token, String value) {
		if (token instanceof OAuth2AccessToken access) {
			return new OAuth2AccessToken(access.getTokenType(), value, access.getIssuedAt(), access.getExpiresAt(),
					access.getScopes());
		}
		if (token instanceof OAuth2RefreshToken refresh) {
			return new OAuth2RefreshToken(value, refresh.getIssuedAt(), refresh.getExpiresAt());
		}
		return new OAuth2AuthorizationCode(value, token.getIssuedAt(), token.getExpiresAt());
	}

}
