package aero.hobbs.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feed tokens: sealed for showing again, SHA-256 for the lookup. */
@Repository
class FeedRepository {

	record Owner(UUID organizationId, UUID userId) {
	}

	private final JdbcClient jdbc;

	FeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> sealedToken(UUID organizationId, UUID userId) {
		return jdbc.sql("SELECT token_sealed FROM calendar_feed WHERE organization_id = ? AND user_id = ?")
			.params(organizationId, userId)
			.query(String.class)
			.optional();
	}

	Optional<Owner> owner(String tokenHash) {
		return jdbc.sql("SELECT organization_id, user_id FROM calendar_feed WHERE token_hash = ?")
			.param(tokenHash)
			.query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional();
	}

	/** Stores the member's first token; a duplicate key if they have one already. */
	void insert(UUID organizationId, UUID userId, String sealed, String hash, Instant at) {
		jdbc.sql("INSERT INTO calendar_feed (organization_id, user_id, token_sealed, token_hash, created_at) "
				+ "VALUES (?, ?, ?, ?, ?)")
			.params(organizationId, userId, sealed, hash, Timestamp.from(at))
			.update();
	}

	void delete(UUID organizationId, UUID userId) {
		jdbc.sql("DELETE FROM calendar_feed WHERE organization_id = ? AND user_id = ?")
			.params(organizationId, userId)
			.update();
	}

	void deleteAll(UUID organizationId) {
		jdbc.sql("DELETE FROM calendar_feed WHERE organization_id = ?").param(organizationId).update();
	}

}
