package aero.hobbs.myflightbook.client;

import java.time.Instant;

import aero.hobbs.shared.UserId;

/**
 * A pilot's MyFlightbook connection as it may be shown: never the tokens. {@code scopes}
 * is space-separated as MyFlightbook granted them; {@code renewable} says whether a
 * refresh token is on file, without which the pilot must reconnect once the access token
 * expires (at {@code accessTokenExpiresAt}, UTC).
 */
public record MyFlightbookAccount(UserId pilot, String scopes, Instant connectedAt, Instant accessTokenExpiresAt,
		boolean renewable) {
}
