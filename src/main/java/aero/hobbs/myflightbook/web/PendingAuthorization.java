package aero.hobbs.myflightbook.web;

import java.io.Serializable;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import aero.hobbs.shared.UserId;

/**
 * A consent flow the pilot started, kept in the HTTP session until MyFlightbook sends the
 * browser back: the {@code state} it must return (256 random bits), who started it, when,
 * and the callback URL, which the code exchange must repeat exactly (spec §2.4).
 * Serializable because Spring Session stores it in the database.
 */
record PendingAuthorization(String state, UserId pilot, Instant startedAt, URI redirectUri) implements Serializable {

	static final String SESSION_ATTRIBUTE = PendingAuthorization.class.getName();

	/**
	 * Long enough to sign in to MyFlightbook and consent, short enough to be useless when
	 * stolen.
	 */
	static final Duration LIFETIME = Duration.ofMinutes(10);

	private static final SecureRandom random = new SecureRandom();

	static PendingAuthorization start(UserId pilot, Instant now, URI redirectUri) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new PendingAuthorization(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), pilot, now,
				redirectUri);
	}

	/**
	 * Whether {@code returned} is this flow's state, for this pilot, within its lifetime.
	 */
	boolean matches(String returned, UserId returningPilot, Instant now) {
		return java.security.MessageDigest.isEqual(state.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				returned.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) && pilot.equals(returningPilot)
				&& now.isBefore(startedAt.plus(LIFETIME));
	}

}
