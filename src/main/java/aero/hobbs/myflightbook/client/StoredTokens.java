package aero.hobbs.myflightbook.client;

import java.time.Instant;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * A pilot's MyFlightbook tokens, opened. {@code updatedAt} doubles as the row's version
 * for the compare-and-set after a refresh.
 */
record StoredTokens(UserId pilot, String accessToken, @Nullable String refreshToken, Instant expiresAt, String scopes,
		Instant connectedAt, Instant updatedAt) {

	MyFlightbookAccount account() {
		return new MyFlightbookAccount(pilot, scopes, connectedAt, expiresAt, refreshToken != null);
	}

	/** Leaves the tokens out, so that they never reach a log. */
	@Override
	public String toString() {
		return "StoredTokens[pilot=" + pilot + ", expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
	}

}
