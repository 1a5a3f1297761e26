package aero.hobbs.shared.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where an OAuth access token may go. The organizations module implements it (it owns the
 * scopes and the organization a client belongs to); the `/v1` chain asks it for every
 * request made with such a token, before any controller runs.
 */
public interface OAuthScopePolicy {

	/** Empty when {@code token} may send {@code method} to {@code path}. */
	Optional<Refusal> check(SignedInUser token, String method, String path);

	/**
	 * Why not: {@code notFound} for another organization's path (as for a non-member),
	 * else 403 with the scope that would allow it, if any.
	 */
	record Refusal(boolean notFound, String message, @Nullable String neededScope) {
	}

}
