package aero.hobbs.myflightbook.client;

import aero.hobbs.myflightbook.MyFlightbookConnected;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.shared.SecretBox;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pilots' MyFlightbook tokens, sealed on the way in and opened on the way out, so that
 * the rest of the module never handles a sealed value and the table never holds a clear
 * one.
 */
@Repository
class MyFlightbookTokenRepository {

	private static final String SELECT = "SELECT pilot_id, access_token_sealed, refresh_token_sealed, expires_at,"
			+ " scopes, connected_at, updated_at FROM myflightbook_token";

	private final JdbcClient jdbc;

	private final SecretBox secrets;

	private final ApplicationEventPublisher events;

	MyFlightbookTokenRepository(JdbcClient jdbc, SecretBox secrets, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.events = events;
	}

	Optional<StoredTokens> find(UserId pilot) {
		return jdbc.sql(SELECT + " WHERE pilot_id = :pilot")
			.param("pilot", pilot.value())
			.query(this::tokens)
			.optional();
	}

	/**
	 * The pilot's connection without its tokens: nothing is opened, so showing a
	 * connection (which the pages and clients poll) costs no decryption.
	 */
	Optional<MyFlightbookAccount> account(UserId pilot) {
		return jdbc
			.sql("SELECT pilot_id, refresh_token_sealed IS NOT NULL, expires_at, scopes, connected_at"
					+ " FROM myflightbook_token WHERE pilot_id = :pilot")
			.param("pilot", pilot.value())
			.query((row, rowNum) -> new MyFlightbookAccount(new UserId(row.getObject(1, UUID.class)), row.getString(4),
					row.getObject(5, OffsetDateTime.class).toInstant(),
					row.getObject(3, OffsetDateTime.class).toInstant(), row.getBoolean(2)))
			.optional();
	}

	/**
	 * Stores a new connection, replacing the pilot's previous one, and publishes
	 * {@link MyFlightbookConnected} in the same transaction (after-commit listeners only
	 * hear events published inside one). The code exchange happens before, so no
	 * transaction waits on MyFlightbook.
	 */
	@Transactional
	StoredTokens connect(UserId pilot, TokenGrant grant, Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.MILLIS);
		Instant expiresAt = at.plus(grant.expiresIn());
		jdbc.sql("DELETE FROM myflightbook_token WHERE pilot_id = :pilot").param("pilot", pilot.value()).update();
		jdbc.sql("INSERT INTO myflightbook_token (pilot_id, access_token_sealed, refresh_token_sealed, expires_at,"
				+ " scopes, connected_at, updated_at) VALUES (:pilot, :access, :refresh, :expires, :scopes, :at, :at)")
			.param("pilot", pilot.value())
			.param("access", secrets.seal(grant.accessToken()))
			.param("refresh", sealed(grant.refreshToken()))
			.param("expires", utc(expiresAt))
			.param("scopes", grant.scopes())
			.param("at", utc(at))
			.update();
		events.publishEvent(new MyFlightbookConnected(pilot));
		return new StoredTokens(pilot, grant.accessToken(), grant.refreshToken(), expiresAt, grant.scopes(), at, at);
	}

	/**
	 * Replaces the tokens after a refresh, keeping the old refresh token if the answer
	 * had none. Empty when the row changed since {@code seen} was read (another call
	 * refreshed first, or the pilot disconnected): then the stored tokens are the newer
	 * ones.
	 */
	Optional<StoredTokens> refreshed(StoredTokens seen, TokenGrant grant, Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.MILLIS);
		if (!at.isAfter(seen.updatedAt())) {
			at = seen.updatedAt().plusMillis(1);
		}
		String refreshToken = grant.refreshToken() != null ? grant.refreshToken() : seen.refreshToken();
		String scopes = grant.scopes().isBlank() ? seen.scopes() : grant.scopes();
		Instant expiresAt = at.plus(grant.expiresIn());
		int updated = jdbc
			.sql("UPDATE myflightbook_token SET access_token_sealed = :access, refresh_token_sealed = :refresh,"
					+ " expires_at = :expires, scopes = :scopes, updated_at = :at"
					+ " WHERE pilot_id = :pilot AND updated_at = :seen")
			.param("access", secrets.seal(grant.accessToken()))
			.param("refresh", sealed(refreshToken))
			.param("expires", utc(expiresAt))
			.param("scopes", scopes)
			.param("at", utc(at))
			.param("pilot", seen.pilot().value())
			.param("seen", utc(seen.updatedAt()))
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		return Optional.of(new StoredTokens(seen.pilot(), grant.accessToken(), refreshToken, expiresAt, scopes,
				seen.connectedAt(), at));
	}

	boolean delete(UserId pilot) {
		return jdbc.sql("DELETE FROM myflightbook_token WHERE pilot_id = :pilot")
			.param("pilot", pilot.value())
			.update() > 0;
	}

	private StoredTokens tokens(ResultSet row, int rowNum) throws SQLException {
		String refresh = row.getString("refresh_token_sealed");
		return new StoredTokens(new UserId(row.getObject("pilot_id", UUID.class)),
				secrets.open(row.getString("access_token_sealed")), refresh == null ? null : secrets.open(refresh),
				instant(row, "expires_at"), row.getString("scopes"), instant(row, "connected_at"),
				instant(row, "updated_at"));
	}

	private @Nullable String sealed(@Nullable String token) {
		return token == null ? null : secrets.seal(token);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

}
