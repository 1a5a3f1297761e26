package aero.hobbs.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * One filter chain per surface: the admin API (bearer {@code HOBBS_ADMIN_TOKEN}), the
 * public `/v1` API (bearer personal API keys, rate limited), and the pages (form sign-in,
 * session, CSRF). API chains are stateless and answer in the JSON envelope; the page
 * chain redirects to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/login", "/signup", "/error", "/webjars/**", "/css/**", "/js/**",
			"/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
			"/actuator/health/**", "/actuator/prometheus" };

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
			.addFilterAfter(new BodySizeLimitFilter(properties.maxBodySize().toBytes(), errors), BearerKeyFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PLATFORM_ADMIN"))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicApi(HttpSecurity http, ApiKeyVerifier keys, RateLimiter limiter,
			PublicApiProperties properties, ApiErrorWriter errors) throws Exception {
		BearerKeyFilter bearer = new BearerKeyFilter(presented -> keys.verify(presented)
			.map(user -> UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
			.orElse(null));
		return statelessApi(http.securityMatcher("/v1/**"), errors,
				"A valid API key is required: Authorization: Bearer <your API key>")
			.addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			.addFilterAfter(new RateLimitFilter(limiter, properties.rateLimit().perHour(), errors),
					BearerKeyFilter.class)
			.addFilterAfter(new BodySizeLimitFilter(properties.maxBodySize().toBytes(), errors), RateLimitFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PILOT"))
			.build();
	}

	@Bean
	@Order(10)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/logbook", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.build();
	}

	private static HttpSecurity statelessApi(HttpSecurity http, ApiErrorWriter errors, String unauthorized)
			throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				errors.write(response, ApiErrorCode.UNAUTHORIZED, unauthorized);
			})
				.accessDeniedHandler((request, response, e) -> errors.write(response, ApiErrorCode.FORBIDDEN,
						"This credential may not use this endpoint")));
	}

}
