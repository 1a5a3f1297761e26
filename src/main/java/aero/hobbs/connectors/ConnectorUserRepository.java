package aero.hobbs.connectors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations of connectors' allowed users. Every statement names the connector. */
@Repository
class ConnectorUserRepository {

	private static final String SELECT = "SELECT id, connector_id, email, token_sealed, registered_at, refreshed_at,"
			+ " removed_at, checked_at, check_ok, check_message, synced_at FROM connectors_user";

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	ConnectorUserRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * The live registrations of these (normalized) emails. A long list reads all the
	 * connector's live registrations once instead: H2 checks an IN list value by value,
	 * which made re-importing 10,000 emails take seconds.
	 */
	List<ConnectorUser> active(long connectorId, Collection<String> emails) {
		if (emails.size() > CHUNK) {
			Set<String> wanted = emails instanceof Set<String> set ? set : new HashSet<>(emails);
			return allActive(connectorId).stream().filter(user -> wanted.contains(user.email())).toList();
		}
		if (emails.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE connector_id = :connector AND active_email IN (:emails)")
			.param("connector", connectorId)
			.param("emails", List.copyOf(emails))
			.query(ConnectorUserRepository::user)
			.list();
	}

	List<ConnectorUser> allActive(long connectorId) {
		return jdbc.sql(SELECT + " WHERE connector_id = :connector AND active_email IS NOT NULL ORDER BY email")
			.param("connector", connectorId)
			.query(ConnectorUserRepository::user)
			.list();
	}

	/** The live registrations of this (normalized) email, across connectors. */
	List<ConnectorUser> activeFor(String email) {
		return jdbc.sql(SELECT + " WHERE active_email = :email ORDER BY connector_id")
			.param("email", email)
			.query(ConnectorUserRepository::user)
			.list();
	}

	Optional<ConnectorUser> activeFor(long connectorId, String email) {
		return jdbc.sql(SELECT + " WHERE connector_id = :connector AND active_email = :email")
			.param("connector", connectorId)
			.param("email", email)
			.query(ConnectorUserRepository::user)
			.optional();
	}

	/**
	 * Locks the registration until the transaction ends, so syncs of one pilot queue up.
	 */
	Optional<ConnectorUser> lock(long connectorId, UUID id) {
		return jdbc.sql(SELECT + " WHERE connector_id = :connector AND id = :id FOR UPDATE")
			.param("connector", connectorId)
			.param("id", id)
			.query(ConnectorUserRepository::user)
			.optional();
	}

	/** Registrations that overlap {@code [from, to)}, for billing. */
	List<ConnectorUser> overlapping(long connectorId, Instant from, Instant to) {
		return jdbc
			.sql(SELECT + " WHERE connector_id = :connector AND registered_at < :to"
					+ " AND (removed_at IS NULL OR removed_at > :from)")
			.param("connector", connectorId)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query(ConnectorUserRepository::user)
			.list();
	}

	void insertAll(long connectorId, List<NewRegistration> registrations, Instant now) {
		MapSqlParameterSource[] rows = registrations.stream()
			.map(registration -> new MapSqlParameterSource().addValue("id", registration.id())
				.addValue("connector", connectorId)
				.addValue("email", registration.email())
				.addValue("sealed", registration.tokenSealed())
				.addValue("fingerprint", registration.tokenFingerprint())
				.addValue("now", now.atOffset(ZoneOffset.UTC)))
			.toArray(MapSqlParameterSource[]::new);
		batches.batchUpdate("""
				INSERT INTO connectors_user (id, connector_id, email, active_email, token_sealed, token_fingerprint,
				  registered_at, refreshed_at)
				VALUES (:id, :connector, :email, :email, :sealed, :fingerprint, :now, :now)""", rows);
	}

	/** Marks the registrations as refreshed: one statement per thousand, not per row. */
	void refresh(long connectorId, Collection<UUID> ids, Instant now) {
		inChunks(ids, chunk -> jdbc
			.sql("UPDATE connectors_user SET refreshed_at = :now WHERE connector_id = :connector AND id IN (:ids)")
			.param("connector", connectorId)
			.param("ids", chunk)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update());
	}

	void remove(long connectorId, Collection<UUID> ids, Instant now) {
		inChunks(ids,
				chunk -> jdbc
					.sql("UPDATE connectors_user SET removed_at = :now, active_email = NULL"
							+ " WHERE connector_id = :connector AND id IN (:ids)")
					.param("connector", connectorId)
					.param("ids", chunk)
					.param("now", now.atOffset(ZoneOffset.UTC))
					.update());
	}

	private static void inChunks(Collection<UUID> ids, Consumer<List<UUID>> statement) {
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			statement.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
	}

	void recordCheck(long connectorId, UUID id, Instant at, boolean ok, @Nullable String message) {
		jdbc.sql("UPDATE connectors_user SET checked_at = :at, check_ok = :ok, check_message = :message"
				+ " WHERE connector_id = :connector AND id = :id")
			.param("connector", connectorId)
			.param("id", id)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("ok", ok)
			.param("message", message)
			.update();
	}

	void recordSync(long connectorId, UUID id, Instant at) {
		jdbc.sql("UPDATE connectors_user SET synced_at = :at WHERE connector_id = :connector AND id = :id")
			.param("connector", connectorId)
			.param("id", id)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	record NewRegistration(UUID id, String email, String tokenSealed, String tokenFingerprint) {
	}

	private static @Nullable Instant instant(ResultSet rs, int index) throws SQLException {
		OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static ConnectorUser user(ResultSet rs, int row) throws SQLException {
		boolean ok = rs.getBoolean(9);
		Boolean checkOk = rs.wasNull() ? null : ok;
		return new ConnectorUser(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
				instant(rs, 5), instant(rs, 6), instant(rs, 7), instant(rs, 8), checkOk, rs.getString(10),
				instant(rs, 11));
	}

}
