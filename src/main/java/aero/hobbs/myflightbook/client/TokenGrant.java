package aero.hobbs.myflightbook.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What MyFlightbook's token endpoint granted. {@code refreshToken} is null when the
 * answer carried none; {@code scopes} is the space-separated granted set.
 */
record TokenGrant(String accessToken, @Nullable String refreshToken, Duration expiresIn, String scopes) {

	/** Leaves the tokens out, so that a grant never reaches a log. */
	@Override
	public String toString() {
		return "TokenGrant[expiresIn=" + expiresIn + ", scopes=" + scopes + ", refreshToken="
				+ (refreshToken == null ? "none" : "present") + "]";
	}

}
