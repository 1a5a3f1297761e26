package aero.hobbs.organizations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships: one row per organization and user, with the member's role. */
@Repository
class MemberRepository {

	record Row(UUID organizationId, UUID userId, Role role, Instant joinedAt) {
	}

	record Joined(Organization organization, Role role) {
	}

	private final JdbcClient jdbc;

	MemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(UUID organizationId, UUID userId) {
		return jdbc
			.sql("SELECT organization_id, user_id, role, joined_at FROM organization_member "
					+ "WHERE organization_id = ? AND user_id = ?")
			.params(organizationId, userId)
			.query(MemberRepository::row)
			.optional();
	}

	List<Row> list(UUID organizationId) {
		return jdbc
			.sql("SELECT organization_id, user_id, role, joined_at FROM organization_member "
					+ "WHERE organization_id = ? ORDER BY joined_at, user_id")
			.param(organizationId)
			.query(MemberRepository::row)
			.list();
	}

	List<Joined> organizationsOf(UUID userId) {
		return jdbc
			.sql("SELECT o.id, o.name, o.time_zone, o.currency, o.created_by, o.created_at, o.updated_at, m.role "
					+ "FROM organization_member m JOIN organization o ON o.id = m.organization_id "
					+ "WHERE m.user_id = ? ORDER BY o.name, o.id")
			.param(userId)
			.query((rs,
					n) -> new Joined(new Organization(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant(),
							rs.getTimestamp(7).toInstant()), Role.valueOf(rs.getString(8))))
			.list();
	}

	void insert(UUID organizationId, UUID userId, Role role, Instant joinedAt) {
		jdbc.sql("INSERT INTO organization_member (organization_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)")
			.params(organizationId, userId, role.name(), java.sql.Timestamp.from(joinedAt))
			.update();
	}

	void changeRole(UUID organizationId, UUID userId, Role role) {
		jdbc.sql("UPDATE organization_member SET role = ? WHERE organization_id = ? AND user_id = ?")
			.params(role.name(), organizationId, userId)
			.update();
	}

	void delete(UUID organizationId, UUID userId) {
		jdbc.sql("DELETE FROM organization_member WHERE organization_id = ? AND user_id = ?")
			.params(organizationId, userId)
			.update();
	}

	int owners(UUID organizationId) {
		return jdbc.sql("SELECT COUNT(*) FROM organization_member WHERE organization_id = ? AND role = 'OWNER'")
			.param(organizationId)
			.query(Integer.class)
			.single();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), Role.valueOf(rs.getString(3)),
				rs.getTimestamp(4).toInstant());
	}

}
