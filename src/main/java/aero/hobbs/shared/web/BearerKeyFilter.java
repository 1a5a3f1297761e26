package aero.hobbs.shared.web;

import java.io.IOException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer <token>} with the given resolver. An absent
 * or unknown token leaves the request anonymous; the chain's entry point then answers 401
 * in the surface's error format.
 */
class BearerKeyFilter extends OncePerRequestFilter {

	private final Function<String, @Nullable Authentication> resolver;

	BearerKeyFilter(Function<String, @Nullable Authentication> resolver) {
		this.resolver = resolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Authentication authentication = resolver.apply(header.substring(7).trim());
			if (authentication != null) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(authentication);
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}
