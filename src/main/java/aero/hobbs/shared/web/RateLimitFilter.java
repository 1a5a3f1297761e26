package aero.hobbs.shared.web;

import java.io.IOException;

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
 * answers 429 with {@code Retry-After} once a key's hourly budget is spent. Requests
 * without a valid key are counted per client address, so they get the headers too.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final long perHour;

	private final Rejection rejection;

	RateLimitFilter(RateLimiter limiter, long perHour, Rejection rejection) {
		this.limiter = limiter;
		this.perHour = perHour;
		this.rejection = rejection;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter.Budget budget = limiter.consume(bucketKey(request), perHour);
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

	private static String bucketKey(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.apiKeyId() != null) {
			return "key:" + user.apiKeyId();
		}
		if (authentication != null && authentication.getPrincipal() instanceof PartnerPrincipal partner) {
			return "connector:" + partner.connectorId();
		}
		return "addr:" + request.getRemoteAddr();
	}

}
