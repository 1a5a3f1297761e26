package aero.hobbs.organizations.oauth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organization's side of its OAuth clients ({@code organization_oauth_client}), and
 * the deletes in Spring Authorization Server's tables that revoking takes. Every read
 * names the organization, except the lookups by the ids the authorization server hands
 * over.
 */
@Repository
class OAuthClientRepository {

	private static final String COLUMNS = "c.registered_client_id, c.organization_id, c.client_id, c.name, "
			+ "c.confidential, c.redirect_uris, c.scopes, c.created_by, c.created_at, c.revoked_at";

	private final JdbcClient jdbc;

	OAuthClientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OAuthClient client) {
		jdbc.sql("INSERT INTO organization_oauth_client (registered_client_id, organization_id, client_id, name, "
				+ "confidential, redirect_uris, scopes, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(client.registeredClientId(), client.organizationId(), client.clientId(), client.name(),
					client.confidential(), String.join(" ", client.redirectUris()), String.join(" ", client.scopes()),
					client.createdBy(), Timestamp.from(client.createdAt()))
			.update();
	}

	List<OAuthClient> list(UUID organizationId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM organization_oauth_client c WHERE c.organization_id = ? "
					+ "ORDER BY c.created_at DESC, c.client_id")
			.param(organizationId)
			.query(OAuthClientRepository::client)
			.list();
	}

	Optional<OAuthClient> find(UUID organizationId, String registeredClientId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM organization_oauth_client c WHERE c.organization_id = ? "
					+ "AND c.registered_client_id = ?")
			.params(organizationId, registeredClientId)
			.query(OAuthClientRepository::client)
			.optional();
	}

	/**
	 * The active client behind a token, only while its organization's API access is
	 * enabled: one lookup on every request made with a token.
	 */
	Optional<OAuthClient> findUsable(String registeredClientId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM organization_oauth_client c JOIN organization_api_access a "
					+ "ON a.organization_id = c.organization_id WHERE c.registered_client_id = ? "
					+ "AND c.revoked_at IS NULL")
			.param(registeredClientId)
			.query(OAuthClientRepository::client)
			.optional();
	}

	/** The active client an authorization request names by its public client id. */
	Optional<OAuthClient> findActiveByClientId(String clientId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM organization_oauth_client c WHERE c.client_id = ? "
					+ "AND c.revoked_at IS NULL")
			.param(clientId)
			.query(OAuthClientRepository::client)
			.optional();
	}

	/** Whether the organization's API access is enabled (tokens work only then). */
	boolean apiAccessEnabled(UUID organizationId) {
		return jdbc.sql("SELECT COUNT(*) FROM organization_api_access WHERE organization_id = ?")
			.param(organizationId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Marks the client revoked and deletes it from the authorization server with every
	 * token and consent it holds.
	 */
	void revoke(UUID organizationId, String registeredClientId, Instant at) {
		int revoked = jdbc
			.sql("UPDATE organization_oauth_client SET revoked_at = ? WHERE organization_id = ? "
					+ "AND registered_client_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(at), organizationId, registeredClientId)
			.update();
		if (revoked > 0) {
			forgetClient(registeredClientId);
		}
	}

	/** Tokens and consents a user gave the organization's clients (member removed). */
	void forgetPrincipal(UUID organizationId, String principalName) {
		String clients = "SELECT registered_client_id FROM organization_oauth_client WHERE organization_id = ?";
		jdbc.sql("DELETE FROM oauth2_authorization WHERE principal_name = ? AND registered_client_id IN (" + clients
				+ ")")
			.params(principalName, organizationId)
			.update();
		jdbc.sql("DELETE FROM oauth2_authorization_consent WHERE principal_name = ? AND registered_client_id IN ("
				+ clients + ")")
			.params(principalName, organizationId)
			.update();
	}

	/** One application's tokens and consent of one user (the user takes it back). */
	int forgetGrant(String principalName, String registeredClientId) {
		int tokens = jdbc.sql("DELETE FROM oauth2_authorization WHERE principal_name = ? AND registered_client_id = ?")
			.params(principalName, registeredClientId)
			.update();
		int consents = jdbc
			.sql("DELETE FROM oauth2_authorization_consent WHERE principal_name = ? AND registered_client_id = ?")
			.params(principalName, registeredClientId)
			.update();
		return tokens + consents;
	}

	/** What a user consented to, per application, with its organization's name. */
	List<OAuthGrant> grants(String principalName) {
		return jdbc
			.sql("SELECT c.registered_client_id, c.name, c.organization_id, o.name, g.authorities, "
					+ "(SELECT MAX(a.access_token_issued_at) FROM oauth2_authorization a "
					+ "WHERE a.registered_client_id = g.registered_client_id AND a.principal_name = g.principal_name) "
					+ "FROM oauth2_authorization_consent g "
					+ "JOIN organization_oauth_client c ON c.registered_client_id = g.registered_client_id "
					+ "JOIN organization o ON o.id = c.organization_id "
					+ "WHERE g.principal_name = ? AND c.revoked_at IS NULL ORDER BY o.name, c.name")
			.param(principalName)
			.query((rs, n) -> new OAuthGrant(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), scopes(rs.getString(5)), instant(rs.getTimestamp(6))))
			.list();
	}

	/** Server rows of clients whose organization is gone. */
	void forgetOrphans() {
		String known = "SELECT registered_client_id FROM organization_oauth_client";
		jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id NOT IN (" + known + ")").update();
		jdbc.sql("DELETE FROM oauth2_authorization_consent WHERE registered_client_id NOT IN (" + known + ")").update();
		jdbc.sql("DELETE FROM oauth2_registered_client WHERE id NOT IN (" + known + ")").update();
	}

	private void forgetClient(String registeredClientId) {
		jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = ?").param(registeredClientId).update();
		jdbc.sql("DELETE FROM oauth2_authorization_consent WHERE registered_client_id = ?")
			.param(registeredClientId)
			.update();
		jdbc.sql("DELETE FROM oauth2_registered_client WHERE id = ?").param(registeredClientId).update();
	}

	/**
	 * Consent authorities are {@code SCOPE_x}, comma-separated, as the authorization
	 * server writes them.
	 */
	private static List<String> scopes(String authorities) {
		return Arrays.stream(authorities.split(","))
			.map(String::trim)
			.filter(a -> a.startsWith("SCOPE_"))
			.map(a -> a.substring(6))
			.sorted()
			.toList();
	}

	private static OAuthClient client(ResultSet rs, int n) throws SQLException {
		return new OAuthClient(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
				rs.getBoolean(5), split(rs.getString(6)), split(rs.getString(7)), rs.getObject(8, UUID.class),
				rs.getTimestamp(9).toInstant(), instant(rs.getTimestamp(10)));
	}

	private static List<String> split(String value) {
		return value.isBlank() ? List.of() : List.of(value.trim().split(" +"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
