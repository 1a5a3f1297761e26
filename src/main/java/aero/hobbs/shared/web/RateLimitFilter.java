package aero.hobbs.shared.web;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and
 * {@code X-RateLimit-Reset} (epoch seconds) on every `/v1` and partner response, and
 * answers 429 with {@code Retry-After} once a budget is spent. A request that acts in an
 * organization (any request of an organization key or an OAuth token, and a member's
 * request under {@code /v1/organizations/{orgId}}) counts against that organization's
 * budget; other keyed requests against their key's. Requests without a valid key are
 * counted per client address on this node only, so they get the headers too without
 * costing a database write.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final String ORGANIZATIONS = "/v1/organizations/";

	private final RateLimiter limiter;

	private final long perHour;

	private final @Nullable OrganizationRateLimits organizations;

	private final Rejection rejection;

	RateLimitFilter(RateLimiter limiter, long perHour, @Nullable OrganizationRateLimits organizations,
			Rejection rejection) {
		this.limiter = limiter;
		this.perHour = perHour;
		this.organizations = organizations;
		this.rejection = rejection;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter.Budget budget = consume(request);
		response.setHeader("X-RateLimit-Limit", Long.toString(budget.limit()));
		response.setHeader("X-RateLimit-Remaining", Long.toString(budget.remaining()));
		response.setHeader("X-RateLimit-Reset", Long.toString(budget.resetAt()));
		if (!budget.allowed()) {
			response.setHeader("Retry-After", Long.toString(budget.retryAfterSeconds()));
			rejection.write(response, HttpStatus.TOO_MANY_REQUESTS, "Rate limit of " + budget.limit()
					+ " requests per hour exceeded; retry after " + budget.retryAfterSeconds() + " seconds");
			return;
		}
		chain.doFilter(request, response);
	}

	private RateLimiter.Budget consume(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		if (principal instanceof SignedInUser user && user.apiKeyId() != null) {
			UUID organization = user.organizationId() != null ? user.organizationId() : organizationInPath(request);
			if (organization != null && organizations != null) {
				OptionalLong limit = organizations.perHour(organization, user);
				if (limit.isPresent()) {
					return limiter.consume("org:" + organization, limit.getAsLong());
				}
			}
			return limiter.consume("key:" + user.apiKeyId(), perHour);
		}
		if (principal instanceof PartnerPrincipal partner) {
			return limiter.consume("connector:" + partner.connectorId(), perHour);
		}
		return limiter.consumeLocal("addr:" + request.getRemoteAddr(), perHour);
	}

	/**
	 * The organization id in {@code /v1/organizations/{orgId}[/...]}, if the path has
	 * one.
	 */
	private static @Nullable UUID organizationInPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(ORGANIZATIONS)) {
			return null;
		}
		int end = path.indexOf('/', ORGANIZATIONS.length());
		String id = path.substring(ORGANIZATIONS.length(), end < 0 ? path.length() : end);
		if (id.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
