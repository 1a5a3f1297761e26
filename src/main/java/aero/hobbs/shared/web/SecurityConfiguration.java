package aero.hobbs.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;

/**
 * One filter chain per surface: the admin API (bearer {@code HOBBS_ADMIN_TOKEN}), the
 * public `/v1` API (bearer personal API keys, rate limited), and the pages (form sign-in,
 * session, CSRF). API chains are stateless and answer in the JSON envelope; the page
 * chain redirects to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String ORGANIZATION_KEY_REFUSED = "An organization API key acts only in its organization, under "
			+ "/v1/organizations/{its organization id}/...; /v1/me and the other personal endpoints need a personal API key";

	static final String OAUTH_TOKEN_REFUSED = "An OAuth access token acts only in its client's organization, under "
			+ "/v1/organizations/{that organization's id}/..., within its scopes; /v1/me and the other personal "
			+ "endpoints need a personal API key";

	static final String[] PUBLIC_PAGES = { "/", "/login", "/signup", "/error", "/webjars/**", "/css/**", "/js/**",
			"/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
			"/actuator/health/**", "/actuator/prometheus", "/calendar/feeds/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, AdminProperties admin, PublicApiProperties properties,
			ApiErrorWriter errors) throws Exception {
		byte[] token = admin.token() == null || admin.token().isBlank() ? null
				: admin.token().getBytes(StandardCharsets.UTF_8);
		BearerKeyFilter bearer = new BearerKeyFilter(
				presented -> token != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))
						? UsernamePasswordAuthenticationToken.authenticated("platform-admin", null,
								List.of(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN")))
						: null);
		return statelessApi(http.securityMatcher("/api/admin/**"), errors,
				token == null ? "The admin API is disabled: set HOBBS_ADMIN_TOKEN to enable it"
						: "A valid admin token is required: Authorization: Bearer <HOBBS_ADMIN_TOKEN>")
			.addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			.addFilterAfter(new BodySizeLimitFilter(properties.maxBodySize().toBytes(), Rejection.api(errors)),
					BearerKeyFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PLATFORM_ADMIN"))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicApi(HttpSecurity http, List<ApiKeyVerifier> verifiers,
			ObjectProvider<OrganizationRateLimits> organizations, ObjectProvider<OAuthScopePolicy> scopes,
			RateLimiter limiter, PublicApiProperties properties, ApiErrorWriter errors) throws Exception {
		// personal keys (hbs_), organization keys (hbo_) and OAuth access tokens (hbt_):
		// each verifier knows its own prefix
		BearerKeyFilter bearer = new BearerKeyFilter(presented -> verifiers.stream()
			.map(verifier -> verifier.verify(presented))
			.flatMap(Optional::stream)
			.findFirst()
			.map(user -> UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
			.orElse(null));
		return statelessApi(http.securityMatcher("/v1/**"), errors,
				"A valid API key is required: Authorization: Bearer <your API key>")
			.addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			.addFilterAfter(new RateLimitFilter(limiter, properties.rateLimit().perHour(),
					organizations.getIfAvailable(), Rejection.api(errors)), BearerKeyFilter.class)
			.addFilterAfter(new OAuthScopeFilter(scopes.getIfAvailable(), errors), RateLimitFilter.class)
			.addFilterAfter(new BodySizeLimitFilter(properties.maxBodySize().toBytes(), Rejection.api(errors)),
					OAuthScopeFilter.class)
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) -> errors
				.write(response, ApiErrorCode.FORBIDDEN, refusal(request.getUserPrincipal()))))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/v1/public/**")
				.permitAll()
				.requestMatchers("/v1/ping", "/v1/organizations/*", "/v1/organizations/*/**")
				.hasAnyRole("PILOT", "ORGANIZATION_KEY", "OAUTH_TOKEN")
				.anyRequest()
				.hasRole("PILOT"))
			.build();
	}

	private static String refusal(@Nullable Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof SignedInUser user) {
			if (user.isOrganizationKey()) {
				return ORGANIZATION_KEY_REFUSED;
			}
			if (user.isOAuthToken()) {
				return OAUTH_TOKEN_REFUSED;
			}
		}
		return "This credential may not use this endpoint";
	}

	/**
	 * The partner's bearer endpoint (seed 000): a connector API key, rate limited per
	 * connector, errors as {@code {"error": "..."}}.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain partnerApi(HttpSecurity http, ObjectProvider<PartnerKeyVerifier> verifier, RateLimiter limiter,
			PartnerApiProperties properties, PartnerErrorWriter errors) throws Exception {
		// absent when the connectors module is not running (module tests): then no key is
		// valid
		PartnerKeyVerifier keys = verifier.getIfAvailable(() -> presented -> Optional.empty());
		BearerKeyFilter bearer = new BearerKeyFilter(presented -> keys.verify(presented)
			.map(partner -> UsernamePasswordAuthenticationToken.authenticated(partner, null,
					List.of(new SimpleGrantedAuthority("ROLE_CONNECTOR"))))
			.orElse(null));
		return bearerApi(http.securityMatcher("/api/v1/connectors/**"), (response, status, message) -> {
			errors.write(response, status.value(), status == HttpStatus.UNAUTHORIZED
					? "A valid connector API key is required: Authorization: Bearer <key>" : message);
		}).addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			.addFilterAfter(
					new RateLimitFilter(limiter, properties.rateLimitPerHour(), null, Rejection.partner(errors)),
					BearerKeyFilter.class)
			.addFilterAfter(new BodySizeLimitFilter(properties.maxBodySize().toBytes(), Rejection.partner(errors)),
					RateLimitFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("CONNECTOR"))
			.build();
	}

	/**
	 * The browser endpoint behind the partner's user-management page (seed 000): the
	 * signed-in session and its CSRF token, never a bearer key.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain partnerBrowserApi(HttpSecurity http, PartnerErrorWriter errors) throws Exception {
		return http.securityMatcher("/api/partner-connector-users", "/api/partner-connector-users.php")
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, e) -> errors.write(response, 401,
						"Sign in to Hobbs first; this endpoint uses your browser session"))
				.accessDeniedHandler((request, response, e) -> errors.write(response, 403,
						e instanceof CsrfException
								? "Missing or invalid CSRF token: send the X-CSRF-TOKEN header from the page"
								: "You may not use this endpoint")))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.build();
	}

	@Bean
	@Order(10)
	SecurityFilterChain pages(HttpSecurity http, PlatformAdmins admins) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/admin/**")
				.access((authentication, context) -> new AuthorizationDecision(admins.isAdmin(authentication.get())))
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/logbook", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.build();
	}

	private static HttpSecurity statelessApi(HttpSecurity http, ApiErrorWriter errors, String unauthorized)
			throws Exception {
		return bearerApi(http,
				(response, status, message) -> errors.write(response,
						status == HttpStatus.UNAUTHORIZED ? ApiErrorCode.UNAUTHORIZED : ApiErrorCode.FORBIDDEN,
						status == HttpStatus.UNAUTHORIZED ? unauthorized : message));
	}

	/**
	 * A stateless surface authenticated by a bearer key: no session, no CSRF (no cookie
	 * is trusted), no form or basic login; 401 and 403 are written by {@code refusal}.
	 */
	private static HttpSecurity bearerApi(HttpSecurity http, Rejection refusal) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				refusal.write(response, HttpStatus.UNAUTHORIZED, "");
			})
				.accessDeniedHandler((request, response, e) -> refusal.write(response, HttpStatus.FORBIDDEN,
						"This credential may not use this endpoint")));
	}

}
