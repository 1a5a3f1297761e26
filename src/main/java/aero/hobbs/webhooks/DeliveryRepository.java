package aero.hobbs.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deliveries and their attempts. */
@Repository
class DeliveryRepository {

	private static final String SELECT = "SELECT id, endpoint_id, event_type, status, attempts, automatic_attempts, "
			+ "next_attempt_at, last_attempt_at, response_status, latency_ms, response_excerpt, error, created_at "
			+ "FROM webhooks_deliveries ";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new pending delivery due now; false when one with this id exists already. */
	boolean insert(UUID id, Endpoint endpoint, WebhookEvent event, String body, Instant now) {
		if (jdbc.sql("SELECT COUNT(*) FROM webhooks_deliveries WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		try {
			jdbc.sql("INSERT INTO webhooks_deliveries (id, endpoint_id, organization_id, event_type, body, status, "
					+ "attempts, automatic_attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")
				.params(id, endpoint.id(), endpoint.organizationId().value(), event.wireName(), body,
						Delivery.Status.PENDING.name(), Timestamp.from(now), Timestamp.from(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	List<Delivery> page(UUID endpointId, long offset, int limit) {
		return jdbc.sql(SELECT + "WHERE endpoint_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(endpointId, limit, offset)
			.query(DeliveryRepository::delivery)
			.list();
	}

	long count(UUID endpointId) {
		return jdbc.sql("SELECT COUNT(*) FROM webhooks_deliveries WHERE endpoint_id = ?")
			.param(endpointId)
			.query(Long.class)
			.single();
	}

	Optional<Delivery> find(OrganizationId organization, UUID endpointId, UUID id) {
		return jdbc.sql(SELECT + "WHERE organization_id = ? AND endpoint_id = ? AND id = ?")
			.params(organization.value(), endpointId, id)
			.query(DeliveryRepository::delivery)
			.optional();
	}

	Optional<Delivery> find(UUID id) {
		return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(DeliveryRepository::delivery).optional();
	}

	String body(UUID id) {
		return jdbc.sql("SELECT body FROM webhooks_deliveries WHERE id = ?").param(id).query(String.class).single();
	}

	/** The pending deliveries whose next attempt is due, the longest waiting first. */
	List<UUID> due(Instant now, int limit) {
		return jdbc
			.sql("SELECT id FROM webhooks_deliveries WHERE status = 'PENDING' AND next_attempt_at <= ? "
					+ "ORDER BY next_attempt_at, id LIMIT ?")
			.params(Timestamp.from(now), limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Takes a due delivery for one attempt by moving its next attempt to
	 * {@code leaseUntil}; false when another node took it first. Should this node stop
	 * mid-attempt, the delivery is due again when the lease ends.
	 */
	boolean claim(UUID id, Instant now, Instant leaseUntil) {
		return jdbc
			.sql("UPDATE webhooks_deliveries SET next_attempt_at = ? "
					+ "WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?")
			.params(Timestamp.from(leaseUntil), id, Timestamp.from(now))
			.update() == 1;
	}

	/** Records the attempt and where the delivery stands after it. */
	void recorded(UUID id, Attempt attempt, Delivery.Status status, @Nullable Instant nextAttemptAt) {
		jdbc.sql("INSERT INTO webhooks_attempts (id, delivery_id, attempted_at, manual, response_status, latency_ms, "
				+ "response_excerpt, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id, Timestamp.from(attempt.attemptedAt()), attempt.manual(),
					attempt.responseStatus(), attempt.latencyMs(), attempt.responseExcerpt(), attempt.error())
			.update();
		jdbc.sql("UPDATE webhooks_deliveries SET status = ?, attempts = attempts + 1, "
				+ "automatic_attempts = automatic_attempts + ?, next_attempt_at = ?, last_attempt_at = ?, "
				+ "response_status = ?, latency_ms = ?, response_excerpt = ?, error = ? WHERE id = ?")
			.params(status.name(), attempt.manual() ? 0 : 1, timestamp(nextAttemptAt),
					Timestamp.from(attempt.attemptedAt()), attempt.responseStatus(), attempt.latencyMs(),
					attempt.responseExcerpt(), attempt.error(), id)
			.update();
	}

	List<Attempt> attempts(UUID id) {
		return jdbc
			.sql("SELECT attempted_at, manual, response_status, latency_ms, response_excerpt, error "
					+ "FROM webhooks_attempts WHERE delivery_id = ? ORDER BY attempted_at DESC, id")
			.param(id)
			.query((rs, n) -> new Attempt(rs.getTimestamp(1).toInstant(), rs.getBoolean(2),
					(Integer) rs.getObject(3, Integer.class), rs.getLong(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/** Gives up the pending deliveries of an endpoint that was disabled. */
	void failPending(UUID endpointId, String error) {
		jdbc.sql("UPDATE webhooks_deliveries SET status = 'FAILED', next_attempt_at = NULL, error = ? "
				+ "WHERE endpoint_id = ? AND status = 'PENDING'")
			.params(error, endpointId)
			.update();
	}

	void deleteForEndpoint(UUID endpointId) {
		jdbc.sql("DELETE FROM webhooks_attempts WHERE delivery_id IN "
				+ "(SELECT id FROM webhooks_deliveries WHERE endpoint_id = ?)")
			.param(endpointId)
			.update();
		jdbc.sql("DELETE FROM webhooks_deliveries WHERE endpoint_id = ?").param(endpointId).update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Delivery delivery(ResultSet rs, int n) throws SQLException {
		return new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				Delivery.Status.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), instant(rs.getTimestamp(7)),
				instant(rs.getTimestamp(8)), rs.getObject(9, Integer.class), rs.getObject(10, Long.class),
				rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant());
	}

}
