package aero.hobbs.organizations.web;

import java.util.List;
import java.util.Locale;

import aero.hobbs.organizations.oauth.OAuthScope;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Puts OAuth into the OpenAPI document: the {@code oauth2} scheme (authorization code
 * with PKCE, the scopes and what each allows) and, on every organization operation an
 * OAuth token may call, the scopes that allow it ({@code security} and
 * {@code x-oauth-scopes}).
 */
@Configuration(proxyBeanMethods = false)
class OAuthDocumentation {

	private static final String ORGANIZATION = "/v1/organizations/{orgId}";

	@Bean
	OpenApiCustomizer oauthScopes() {
		return api -> {
			Scopes scopes = new Scopes();
			for (OAuthScope scope : OAuthScope.values()) {
				scopes.addString(scope.wireName(), scope.description());
			}
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			api.getComponents()
				.addSecuritySchemes("oauth2", new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
					.description("For applications that act for a consenting member in one organization: "
							+ "authorization code with PKCE (S256); metadata at /.well-known/oauth-authorization-server. "
							+ "Access tokens (hbt_...) are opaque and last an hour; confidential clients also get "
							+ "rotating refresh tokens")
					.flows(new OAuthFlows().authorizationCode(new OAuthFlow().authorizationUrl("/oauth2/authorize")
						.tokenUrl("/oauth2/token")
						.refreshUrl("/oauth2/token")
						.scopes(scopes))));
			api.getPaths().forEach((path, item) -> {
				if (!path.startsWith(ORGANIZATION)) {
					return;
				}
				String rest = path.substring(ORGANIZATION.length());
				String segment = rest.isEmpty() ? "" : rest.substring(1).split("/")[0];
				item.readOperationsMap().forEach((method, operation) -> {
					String name = method.name().toUpperCase(Locale.ROOT);
					List<String> allowing = segment.isEmpty() && name.equals("GET") ? List.of("any")
							: OAuthScope.allowing(name, segment).stream().map(OAuthScope::wireName).toList();
					operation.addExtension("x-oauth-scopes", allowing);
					if (!allowing.isEmpty()) {
						operation.addSecurityItem(new SecurityRequirement().addList("oauth2",
								allowing.equals(List.of("any")) ? List.of() : allowing));
					}
				});
			});
		};
	}

}
