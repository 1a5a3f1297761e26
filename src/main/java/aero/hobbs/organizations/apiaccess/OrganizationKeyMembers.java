package aero.hobbs.organizations.apiaccess;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organization API keys table. A key counts only while it is not revoked and its
 * organization's API access is enabled; every read names the organization, except the
 * lookup by hash that authenticates a key.
 */
@Repository
public class OrganizationKeyMembers {

	private static final String COLUMNS = "k.id, k.organization_id, k.name, k.role, k.prefix, k.created_by, "
			+ "k.created_at, k.last_used_at, k.revoked_at";

	private final JdbcClient jdbc;

	OrganizationKeyMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The key {@code user} stands for, as a member of {@code organization}, when it is an
	 * active key of that organization: with the key's role and name, no email.
	 */
	public Optional<Member> asMember(OrganizationId organization, UserId user) {
		return jdbc
			.sql("SELECT k.role, k.name, k.created_at FROM organization_api_key k JOIN organization_api_access a "
					+ "ON a.organization_id = k.organization_id WHERE k.id = ? AND k.organization_id = ? "
					+ "AND k.revoked_at IS NULL")
			.params(user.value(), organization.value())
			.query((rs, n) -> new Member(organization, user, Role.valueOf(rs.getString(1)), rs.getString(2), "",
					rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/** The active key with this hash whose organization has API access enabled. */
	Optional<OrganizationApiKey> findUsable(String keyHash) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM organization_api_key k JOIN organization_api_access a "
					+ "ON a.organization_id = k.organization_id WHERE k.key_hash = ? AND k.revoked_at IS NULL")
			.param(keyHash)
			.query(OrganizationKeyMembers::key)
			.optional();
	}

	List<OrganizationApiKey> list(UUID organizationId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM organization_api_key k WHERE k.organization_id = ? "
					+ "ORDER BY k.created_at DESC, k.id")
			.param(organizationId)
			.query(OrganizationKeyMembers::key)
			.list();
	}

	Optional<OrganizationApiKey> find(UUID organizationId, UUID keyId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organization_api_key k WHERE k.organization_id = ? AND k.id = ?")
			.params(organizationId, keyId)
			.query(OrganizationKeyMembers::key)
			.optional();
	}

	void insert(OrganizationApiKey key, String keyHash) {
		jdbc.sql("INSERT INTO organization_api_key (id, organization_id, name, role, prefix, key_hash, created_by, "
				+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(key.id(), key.organizationId(), key.name(), key.role().name(), key.prefix(), keyHash,
					key.createdBy(), Timestamp.from(key.createdAt()))
			.update();
	}

	void revoke(UUID organizationId, UUID keyId, Instant at) {
		jdbc.sql("UPDATE organization_api_key SET revoked_at = ? WHERE organization_id = ? AND id = ? "
				+ "AND revoked_at IS NULL")
			.params(Timestamp.from(at), organizationId, keyId)
			.update();
	}

	void used(UUID keyId, Instant at) {
		jdbc.sql("UPDATE organization_api_key SET last_used_at = ? WHERE id = ?")
			.params(Timestamp.from(at), keyId)
			.update();
	}

	private static OrganizationApiKey key(ResultSet rs, int n) throws SQLException {
		return new OrganizationApiKey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				Role.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class),
				rs.getTimestamp(7).toInstant(), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
