package aero.hobbs.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

	private static final String SELECT = "SELECT i.id, i.organization_id, o.name, i.email, i.role, i.invited_by, "
			+ "i.created_at, i.expires_at, i.status FROM organization_invitation i "
			+ "JOIN organization o ON o.id = i.organization_id ";

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Invitation invitation, String emailNormalized, String tokenHash) {
		jdbc.sql("INSERT INTO organization_invitation (id, organization_id, email, email_open, role, token_hash, "
				+ "invited_by, created_at, expires_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(invitation.id(), invitation.organizationId().value(), invitation.email(), emailNormalized,
					invitation.role().name(), tokenHash, invitation.invitedBy().value(),
					Timestamp.from(invitation.createdAt()), Timestamp.from(invitation.expiresAt()), Invitation.OPEN)
			.update();
	}

	Optional<Invitation> open(UUID organizationId, String emailNormalized) {
		return jdbc.sql(SELECT + "WHERE i.organization_id = ? AND i.email_open = ?")
			.params(organizationId, emailNormalized)
			.query(InvitationRepository::invitation)
			.optional();
	}

	List<Invitation> openIn(UUID organizationId) {
		return jdbc.sql(SELECT + "WHERE i.organization_id = ? AND i.status = 'open' ORDER BY i.created_at, i.id")
			.param(organizationId)
			.query(InvitationRepository::invitation)
			.list();
	}

	List<Invitation> openFor(String emailNormalized) {
		return jdbc.sql(SELECT + "WHERE i.email_open = ? ORDER BY i.created_at, i.id")
			.param(emailNormalized)
			.query(InvitationRepository::invitation)
			.list();
	}

	Optional<Invitation> find(UUID id) {
		return jdbc.sql(SELECT + "WHERE i.id = ?").param(id).query(InvitationRepository::invitation).optional();
	}

	Optional<Invitation> findByToken(String tokenHash) {
		return jdbc.sql(SELECT + "WHERE i.token_hash = ?")
			.param(tokenHash)
			.query(InvitationRepository::invitation)
			.optional();
	}

	/** Answers an open invitation; false when it was answered meanwhile. */
	boolean answer(UUID id, String status, Instant at, UUID by) {
		return jdbc
			.sql("UPDATE organization_invitation SET status = ?, email_open = NULL, answered_at = ?, answered_by = ? "
					+ "WHERE id = ? AND status = 'open'")
			.params(status, Timestamp.from(at), by, id)
			.update() == 1;
	}

	private static Invitation invitation(ResultSet rs, int n) throws SQLException {
		return new Invitation(rs.getObject(1, UUID.class), new OrganizationId(rs.getObject(2, UUID.class)),
				rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)),
				new UserId(rs.getObject(6, UUID.class)), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
				rs.getString(9));
	}

}
