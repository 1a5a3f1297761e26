package aero.hobbs.connectors;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Connectors, their prices and their partner admins. */
@Repository
class ConnectorRepository {

	private static final String SELECT = "SELECT id, connector_key, name, endpoint_checkuser, endpoint_getnewids,"
			+ " access_plan, api_key_prefix, created_at, updated_at FROM connectors_connector";

	private final JdbcClient jdbc;

	ConnectorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String key, String name, String checkuser, String getnewids, int accessPlan, SealedKey apiKey,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO connectors_connector (connector_key, name, endpoint_checkuser, endpoint_getnewids,
				  access_plan, api_key_hash, api_key_sealed, api_key_prefix, created_at, updated_at)
				VALUES (:key, :name, :checkuser, :getnewids, :plan, :hash, :sealed, :prefix, :now, :now)""")
			.param("key", key)
			.param("name", name)
			.param("checkuser", checkuser)
			.param("getnewids", getnewids)
			.param("plan", accessPlan)
			.param("hash", apiKey.hash())
			.param("sealed", apiKey.sealed())
			.param("prefix", apiKey.prefix())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void update(Connector connector) {
		jdbc.sql("""
				UPDATE connectors_connector SET connector_key = :key, name = :name, endpoint_checkuser = :checkuser,
				  endpoint_getnewids = :getnewids, access_plan = :plan, updated_at = :now WHERE id = :id""")
			.param("id", connector.id())
			.param("key", connector.key())
			.param("name", connector.name())
			.param("checkuser", connector.endpointCheckuser())
			.param("getnewids", connector.endpointGetnewids())
			.param("plan", connector.accessPlan())
			.param("now", connector.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	void replaceKey(long id, SealedKey apiKey, Instant now) {
		jdbc.sql("UPDATE connectors_connector SET api_key_hash = :hash, api_key_sealed = :sealed,"
				+ " api_key_prefix = :prefix, updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("hash", apiKey.hash())
			.param("sealed", apiKey.sealed())
			.param("prefix", apiKey.prefix())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<Connector> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ConnectorRepository::connector).optional();
	}

	/**
	 * The connector, locked until the transaction ends, so that two imports for it cannot
	 * interleave.
	 */
	Optional<Connector> findForUpdate(long id) {
		return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(ConnectorRepository::connector)
			.optional();
	}

	Optional<Connector> findByKeyHash(String hash) {
		return jdbc.sql(SELECT + " WHERE api_key_hash = :hash")
			.param("hash", hash)
			.query(ConnectorRepository::connector)
			.optional();
	}

	boolean keyTaken(String key, long exceptId) {
		return jdbc.sql("SELECT COUNT(*) FROM connectors_connector WHERE connector_key = :key AND id <> :id")
			.param("key", key)
			.param("id", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	List<Connector> list() {
		return jdbc.sql(SELECT + " ORDER BY name, id").query(ConnectorRepository::connector).list();
	}

	List<Connector> administeredBy(UUID user) {
		return jdbc
			.sql(SELECT + " WHERE id IN (SELECT connector_id FROM connectors_admin WHERE user_id = :user)"
					+ " ORDER BY name, id")
			.param("user", user)
			.query(ConnectorRepository::connector)
			.list();
	}

	boolean isAdmin(long connectorId, UUID user) {
		return jdbc.sql("SELECT COUNT(*) FROM connectors_admin WHERE connector_id = :id AND user_id = :user")
			.param("id", connectorId)
			.param("user", user)
			.query(Long.class)
			.single() > 0;
	}

	void addAdmin(long connectorId, UUID user, String email, Instant now) {
		jdbc.sql("""
				INSERT INTO connectors_admin (connector_id, user_id, email, added_at)
				VALUES (:id, :user, :email, :now) ON CONFLICT DO NOTHING""")
			.param("id", connectorId)
			.param("user", user)
			.param("email", email)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	List<String> adminEmails(long connectorId) {
		return jdbc.sql("SELECT email FROM connectors_admin WHERE connector_id = :id ORDER BY email")
			.param("id", connectorId)
			.query(String.class)
			.list();
	}

	void putPrice(long connectorId, LocalDate from, Money price, Instant now) {
		jdbc.sql("DELETE FROM connectors_price WHERE connector_id = :id AND effective_from = :from")
			.param("id", connectorId)
			.param("from", from)
			.update();
		jdbc.sql("""
				INSERT INTO connectors_price (connector_id, effective_from, amount, currency, created_at)
				VALUES (:id, :from, :amount, :currency, :now)""")
			.param("id", connectorId)
			.param("from", from)
			.param("amount", price.amount())
			.param("currency", price.currency())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	List<ConnectorPrice> prices(long connectorId) {
		return jdbc
			.sql("SELECT connector_id, effective_from, amount, currency FROM connectors_price"
					+ " WHERE connector_id = :id ORDER BY effective_from")
			.param("id", connectorId)
			.query((rs, row) -> new ConnectorPrice(rs.getLong(1), rs.getObject(2, LocalDate.class),
					new Money(rs.getObject(3, BigDecimal.class), rs.getString(4).trim())))
			.list();
	}

	/** The sealed API key, for calling the partner. */
	String sealedKey(long id) {
		return jdbc.sql("SELECT api_key_sealed FROM connectors_connector WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/**
	 * A connector API key as stored: its SHA-256 to verify, sealed to send, and its
	 * prefix.
	 */
	record SealedKey(String hash, String sealed, String prefix) {
	}

	/**
	 * The price in effect on the month's last day: the latest one from that day or
	 * before.
	 */
	Optional<Money> priceFor(long connectorId, YearMonth month) {
		return jdbc
			.sql("SELECT amount, currency FROM connectors_price WHERE connector_id = :id"
					+ " AND effective_from <= :last ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY")
			.param("id", connectorId)
			.param("last", month.atEndOfMonth())
			.query((rs, row) -> new Money(rs.getObject(1, BigDecimal.class), rs.getString(2).trim()))
			.optional();
	}

	private static Connector connector(ResultSet rs, int row) throws SQLException {
		return new Connector(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getInt(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
				rs.getObject(9, OffsetDateTime.class).toInstant());
	}

}
