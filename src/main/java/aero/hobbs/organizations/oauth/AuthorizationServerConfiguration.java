package aero.hobbs.organizations.oauth;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server on Hobbs' database: {@code /oauth2/authorize} (the member
 * signs in through the normal sign-in page, then consents on {@code /oauth2/consent}),
 * {@code /oauth2/token}, {@code /oauth2/revoke}, {@code /oauth2/introspect} and the
 * metadata at {@code /.well-known/oauth-authorization-server}. Its chain comes before the
 * pages' chain and matches only these endpoints. Access tokens are opaque
 * ({@link ReferenceTokens}), so no signing key is needed.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	@Bean
	@Order(5)
	SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients) throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		return http.securityMatcher(server.getEndpointsMatcher())
			.with(server,
					as -> as.authorizationEndpoint(endpoint -> endpoint.consentPage("/oauth2/consent"))
						.clientAuthentication(authentication -> authentication
							.authenticationConverter(PublicClientRevocation.converter())
							.authenticationProvider(PublicClientRevocation.provider(clients))))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
		return new HashedTokenAuthorizations(new JdbcOAuth2AuthorizationService(jdbc, clients));
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc,
			RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	@Bean
	OAuth2TokenGenerator<OAuth2Token> tokenGenerator(Clock clock) {
		return new ReferenceTokens(clock);
	}

}
