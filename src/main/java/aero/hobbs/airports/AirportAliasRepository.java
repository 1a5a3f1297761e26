package aero.hobbs.airports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import aero.hobbs.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code airports_alias} table. Its key is (owner, code), which Spring Data JDBC
 * cannot map as an aggregate id, hence plain SQL. Every statement names the owner.
 */
@Repository
class AirportAliasRepository {

	private final JdbcClient jdbc;

	AirportAliasRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredAlias(String code, String targetCode, Instant createdAt) {
	}

	List<StoredAlias> findByOwner(UserId owner) {
		return jdbc
			.sql("SELECT code, target_code, created_at FROM airports_alias WHERE owner_id = :owner ORDER BY code")
			.param("owner", owner.value())
			.query(AirportAliasRepository::alias)
			.list();
	}

	Optional<StoredAlias> find(UserId owner, String code) {
		return jdbc
			.sql("SELECT code, target_code, created_at FROM airports_alias WHERE owner_id = :owner AND code = :code")
			.param("owner", owner.value())
			.param("code", code)
			.query(AirportAliasRepository::alias)
			.optional();
	}

	List<String> codesTargeting(UserId owner, String targetCode) {
		return jdbc
			.sql("SELECT code FROM airports_alias WHERE owner_id = :owner AND target_code = :target ORDER BY code")
			.param("owner", owner.value())
			.param("target", targetCode)
			.query(String.class)
			.list();
	}

	void insert(UserId owner, StoredAlias alias) {
		jdbc.sql("INSERT INTO airports_alias (owner_id, code, target_code, created_at)"
				+ " VALUES (:owner, :code, :target, :created)")
			.param("owner", owner.value())
			.param("code", alias.code())
			.param("target", alias.targetCode())
			.param("created", OffsetDateTime.ofInstant(alias.createdAt(), ZoneOffset.UTC))
			.update();
	}

	boolean delete(UserId owner, String code) {
		return jdbc.sql("DELETE FROM airports_alias WHERE owner_id = :owner AND code = :code")
			.param("owner", owner.value())
			.param("code", code)
			.update() > 0;
	}

	private static StoredAlias alias(ResultSet rs, int row) throws SQLException {
		return new StoredAlias(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant());
	}

}
