package aero.hobbs.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import aero.hobbs.organizations.OrganizationId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The endpoints table; events are kept as a comma-separated list of wire names. */
@Repository
class EndpointRepository {

	private static final String SELECT = "SELECT id, organization_id, url, description, events, enabled, "
			+ "disabled_reason, failing_since, created_at, updated_at FROM webhooks_endpoints ";

	private final JdbcClient jdbc;

	EndpointRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Endpoint endpoint, String sealedSecret) {
		jdbc.sql("INSERT INTO webhooks_endpoints (id, organization_id, url, description, events, enabled, "
				+ "disabled_reason, sealed_secret, failing_since, created_at, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(endpoint.id(), endpoint.organizationId().value(), endpoint.url(), endpoint.description(),
					events(endpoint.events()), endpoint.enabled(), endpoint.disabledReason(), sealedSecret,
					timestamp(endpoint.failingSince()), Timestamp.from(endpoint.createdAt()),
					Timestamp.from(endpoint.updatedAt()))
			.update();
	}

	void update(Endpoint endpoint) {
		jdbc.sql("UPDATE webhooks_endpoints SET url = ?, description = ?, events = ?, enabled = ?, "
				+ "disabled_reason = ?, failing_since = ?, updated_at = ? WHERE id = ?")
			.params(endpoint.url(), endpoint.description(), events(endpoint.events()), endpoint.enabled(),
					endpoint.disabledReason(), timestamp(endpoint.failingSince()), Timestamp.from(endpoint.updatedAt()),
					endpoint.id())
			.update();
	}

	void replaceSecret(UUID id, String sealedSecret, Instant now) {
		jdbc.sql("UPDATE webhooks_endpoints SET sealed_secret = ?, updated_at = ? WHERE id = ?")
			.params(sealedSecret, Timestamp.from(now), id)
			.update();
	}

	List<Endpoint> list(OrganizationId organization) {
		return jdbc.sql(SELECT + "WHERE organization_id = ? ORDER BY created_at, id")
			.param(organization.value())
			.query(EndpointRepository::endpoint)
			.list();
	}

	Optional<Endpoint> find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + "WHERE organization_id = ? AND id = ?")
			.params(organization.value(), id)
			.query(EndpointRepository::endpoint)
			.optional();
	}

	Optional<Endpoint> find(UUID id) {
		return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(EndpointRepository::endpoint).optional();
	}

	Optional<String> sealedSecret(UUID id) {
		return jdbc.sql("SELECT sealed_secret FROM webhooks_endpoints WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	/** After a failed attempt: failing since {@code at} unless it already was. */
	void failing(UUID id, Instant at) {
		jdbc.sql("UPDATE webhooks_endpoints SET failing_since = ? WHERE id = ? AND failing_since IS NULL")
			.params(Timestamp.from(at), id)
			.update();
	}

	void succeeded(UUID id) {
		jdbc.sql("UPDATE webhooks_endpoints SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL")
			.param(id)
			.update();
	}

	/** Disables an enabled endpoint; false when it was disabled already. */
	boolean disable(UUID id, String reason, Instant now) {
		return jdbc
			.sql("UPDATE webhooks_endpoints SET enabled = FALSE, disabled_reason = ?, updated_at = ? "
					+ "WHERE id = ? AND enabled = TRUE")
			.params(reason, Timestamp.from(now), id)
			.update() == 1;
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM webhooks_endpoints WHERE id = ?").param(id).update();
	}

	private static String events(List<WebhookEvent> events) {
		return events.stream().map(WebhookEvent::wireName).collect(Collectors.joining(","));
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Endpoint endpoint(ResultSet rs, int n) throws SQLException {
		List<WebhookEvent> events = Arrays.stream(rs.getString(5).split(","))
			.filter(name -> !name.isBlank())
			.map(name -> WebhookEvent.fromWire(name).orElse(null))
			.filter(event -> event != null)
			.toList();
		Timestamp failingSince = rs.getTimestamp(8);
		return new Endpoint(rs.getObject(1, UUID.class), new OrganizationId(rs.getObject(2, UUID.class)),
				rs.getString(3), rs.getString(4), events, rs.getBoolean(6), rs.getString(7),
				failingSince == null ? null : failingSince.toInstant(), rs.getTimestamp(9).toInstant(),
				rs.getTimestamp(10).toInstant());
	}

}
