package aero.hobbs.organizations.oauth;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Lets a public client revoke its own tokens with only its {@code client_id} (RFC 7009
 * §2.1 allows it; the authorization server authenticates public clients only by a PKCE
 * verifier at the token endpoint). The converter recognizes such a revocation request,
 * the provider accepts it for a registered public client; revoking needs the token
 * itself, so nothing is gained by someone who knows only the client id.
 */
final class PublicClientRevocation {

	private static final String MARKER = "hobbs.public_revocation";

	private PublicClientRevocation() {
	}

	static AuthenticationConverter converter() {
		return (HttpServletRequest request) -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
			if (!"POST".equals(request.getMethod()) || !path.equals("/oauth2/revoke") || clientId == null
					|| clientId.isBlank() || request.getHeader("Authorization") != null
					|| request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null) {
				return null;
			}
			return new OAuth2ClientAuthenticationToken(clientId, ClientAuthenticationMethod.NONE, null,
					Map.of(MARKER, true));
		};
	}

	static AuthenticationProvider provider(RegisteredClientRepository clients) {
		return new AuthenticationProvider() {

			@Override
			public @Nullable Authentication authenticate(Authentication authentication) {
				OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
				if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
						|| !Boolean.TRUE.equals(request.getAdditionalParameters().get(MARKER))) {
					return null;
				}
				RegisteredClient client = clients.findByClientId(String.valueOf(request.getPrincipal()));
				if (client == null
						|| !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
					throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
				}
				return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
			}

		};
	}

}
