package aero.hobbs.organizations.apiaccess;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per organization whose API access is enabled. */
@Repository
class ApiAccessRepository {

	/** An organization as the admin list shows it: with its API access, if any. */
	record Listed(UUID id, String name, Instant createdAt, Optional<ApiAccess> access) {
	}

	private final JdbcClient jdbc;

	ApiAccessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ApiAccess> find(UUID organizationId) {
		return jdbc
			.sql("SELECT organization_id, plan, requests_per_hour, enabled_at, updated_at FROM organization_api_access "
					+ "WHERE organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> new ApiAccess(new OrganizationId(rs.getObject(1, UUID.class)),
					ApiPlan.valueOf(rs.getString(2)), rs.getLong(3), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5).toInstant()))
			.optional();
	}

	boolean organizationExists(UUID organizationId) {
		return jdbc.sql("SELECT COUNT(*) FROM organization WHERE id = ?")
			.param(organizationId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Inserts or replaces the organization's access; the caller holds no lock, so both
	 * paths are tried.
	 */
	void save(ApiAccess access) {
		int updated = jdbc
			.sql("UPDATE organization_api_access SET plan = ?, requests_per_hour = ?, updated_at = ? "
					+ "WHERE organization_id = ?")
			.params(access.plan().name(), access.requestsPerHour(), Timestamp.from(access.updatedAt()),
					access.organizationId().value())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO organization_api_access (organization_id, plan, requests_per_hour, enabled_at, "
					+ "updated_at) VALUES (?, ?, ?, ?, ?)")
				.params(access.organizationId().value(), access.plan().name(), access.requestsPerHour(),
						Timestamp.from(access.enabledAt()), Timestamp.from(access.updatedAt()))
				.update();
		}
	}

	boolean delete(UUID organizationId) {
		return jdbc.sql("DELETE FROM organization_api_access WHERE organization_id = ?")
			.param(organizationId)
			.update() > 0;
	}

	List<Listed> listOrganizations() {
		return jdbc
			.sql("SELECT o.id, o.name, o.created_at, a.plan, a.requests_per_hour, a.enabled_at, a.updated_at "
					+ "FROM organization o LEFT JOIN organization_api_access a ON a.organization_id = o.id "
					+ "ORDER BY o.name, o.id")
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				String plan = rs.getString(4);
				Optional<ApiAccess> access = plan == null ? Optional.empty()
						: Optional.of(new ApiAccess(new OrganizationId(id), ApiPlan.valueOf(plan), rs.getLong(5),
								rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()));
				return new Listed(id, rs.getString(2), rs.getTimestamp(3).toInstant(), access);
			})
			.list();
	}

}
