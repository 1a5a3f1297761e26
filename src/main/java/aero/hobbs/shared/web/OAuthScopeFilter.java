package aero.hobbs.shared.web;

import java.io.IOException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps an OAuth access token inside its organization and its scopes: another
 * organization's path answers 404, a path outside the scopes 403 {@code forbidden} with
 * {@code WWW-Authenticate: Bearer error="insufficient_scope"} (RFC 6750 §3.1). Runs after
 * the rate limit, so refusals carry the rate-limit headers and count like any request.
 */
class OAuthScopeFilter extends OncePerRequestFilter {

	private final @Nullable OAuthScopePolicy policy;

	private final ApiErrorWriter errors;

	OAuthScopeFilter(@Nullable OAuthScopePolicy policy, ApiErrorWriter errors) {
		this.policy = policy;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.isOAuthToken()) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			Optional<OAuthScopePolicy.Refusal> refusal = policy == null
					? Optional.of(new OAuthScopePolicy.Refusal(false, "OAuth tokens are not accepted here", null))
					: policy.check(user, request.getMethod(), path);
			if (refusal.isPresent()) {
				refuse(response, refusal.get());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, OAuthScopePolicy.Refusal refusal) throws IOException {
		if (refusal.notFound()) {
			errors.write(response, ApiErrorCode.NOT_FOUND, refusal.message());
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\""
				+ (refusal.neededScope() == null ? "" : ", scope=\"" + refusal.neededScope() + "\""));
		errors.write(response, ApiErrorCode.FORBIDDEN, refusal.message());
	}

}
