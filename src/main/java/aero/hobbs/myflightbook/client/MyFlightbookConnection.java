package aero.hobbs.myflightbook.client;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import aero.hobbs.shared.UserId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A pilot's OAuth connection to MyFlightbook: connecting after consent, disconnecting,
 * and handing the client a valid access token. Tokens are stored sealed and never leave
 * this module; MyFlightbook rotates refresh tokens, so every refresh stores the newest
 * one. When a refresh is impossible the pilot gets {@link ReconnectRequired}.
 */
@Service
public class MyFlightbookConnection {

	private static final Logger log = LoggerFactory.getLogger(MyFlightbookConnection.class);

	private final MyFlightbookTokenRepository tokens;

	private final MyFlightbookOAuth oauth;

	private final MyFlightbookProperties properties;

	private final Clock clock;

	/**
	 * One refresh at a time per pilot on this node; other nodes are caught by the row
	 * version.
	 */
	private final Map<UserId, ReentrantLock> refreshing = new ConcurrentHashMap<>();

	MyFlightbookConnection(MyFlightbookTokenRepository tokens, MyFlightbookOAuth oauth,
			MyFlightbookProperties properties, Clock clock) {
		this.tokens = tokens;
		this.oauth = oauth;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether the operator configured a MyFlightbook client, so pilots can connect. */
	public boolean available() {
		return properties.configured();
	}

	/**
	 * MyFlightbook's consent page for the read-only scopes; {@code state} comes back to
	 * {@code redirectUri} unchanged and must be checked there.
	 */
	public URI authorizationUrl(URI redirectUri, String state) {
		return oauth.authorizationUrl(redirectUri, state);
	}

	/**
	 * Exchanges the code from the consent callback and stores the tokens, replacing an
	 * earlier connection of the pilot.
	 * @throws ReconnectRequired if MyFlightbook refused the code (used, expired or
	 * forged)
	 */
	public MyFlightbookAccount connect(UserId pilot, String code, URI redirectUri) {
		TokenGrant grant = oauth.exchangeCode(code, redirectUri);
		log.info("Pilot {} connected MyFlightbook ({})", pilot, grant);
		return tokens.connect(pilot, grant, clock.instant()).account();
	}

	public Optional<MyFlightbookAccount> find(UserId pilot) {
		return tokens.account(pilot);
	}

	/** Forgets the pilot's tokens; false if there were none. */
	public boolean disconnect(UserId pilot) {
		return tokens.delete(pilot);
	}

	/**
	 * An access token that is good for at least {@code refresh-before-expiry}, refreshed
	 * first if needed.
	 */
	String validAccessToken(UserId pilot) {
		StoredTokens stored = requireConnected(pilot);
		if (stored.expiresAt().isAfter(clock.instant().plus(properties.refreshBeforeExpiry()))) {
			return stored.accessToken();
		}
		return refresh(pilot, stored.accessToken());
	}

	/**
	 * A new access token after MyFlightbook refused {@code rejected}; if another call has
	 * already replaced it, that newer token.
	 */
	String refreshAfterUnauthorized(UserId pilot, String rejected) {
		return refresh(pilot, rejected);
	}

	private String refresh(UserId pilot, String stale) {
		ReentrantLock lock = refreshing.computeIfAbsent(pilot, key -> new ReentrantLock());
		lock.lock();
		try {
			StoredTokens stored = requireConnected(pilot);
			if (!stored.accessToken().equals(stale)) {
				return stored.accessToken();
			}
			if (stored.refreshToken() == null) {
				throw new ReconnectRequired(
						"MyFlightbook gave Hobbs no refresh token, so the connection cannot be" + " renewed.");
			}
			TokenGrant grant = oauth.refresh(stored.refreshToken());
			log.debug("Refreshed pilot {}'s MyFlightbook token ({})", pilot, grant);
			return tokens.refreshed(stored, grant, clock.instant())
				.map(StoredTokens::accessToken)
				.orElseGet(() -> requireConnected(pilot).accessToken());
		}
		finally {
			lock.unlock();
		}
	}

	private StoredTokens requireConnected(UserId pilot) {
		return tokens.find(pilot)
			.orElseThrow(() -> new ReconnectRequired("Your MyFlightbook account is not connected to Hobbs."));
	}

}
