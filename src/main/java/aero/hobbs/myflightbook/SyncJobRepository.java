package aero.hobbs.myflightbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sync jobs. A queued or running job holds {@code active_pilot}; the unique
 * constraint on it is the lock that allows one active job per pilot.
 */
@Repository
class SyncJobRepository {

	private static final String SELECT = """
			SELECT id, pilot_id, status, created_at, started_at, finished_at, failure, import_run_id, aircraft,
			  flights_seen, imported, skipped, failed, mfb_flights, mfb_aircraft, mfb_total_minutes
			FROM myflightbook_sync_job""";

	private final JdbcClient jdbc;

	SyncJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a queued job.
	 * @throws org.springframework.dao.DuplicateKeyException if the pilot has an active
	 * job
	 */
	void insertQueued(UUID id, UserId pilot, Instant createdAt) {
		jdbc.sql("""
				INSERT INTO myflightbook_sync_job (id, pilot_id, status, active_pilot, created_at)
				VALUES (:id, :pilot, 'queued', :pilot, :createdAt)""")
			.param("id", id)
			.param("pilot", pilot.value())
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<SyncJob> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(SyncJobRepository::job).optional();
	}

	Optional<SyncJob> active(UserId pilot) {
		return jdbc.sql(SELECT + " WHERE active_pilot = :pilot")
			.param("pilot", pilot.value())
			.query(SyncJobRepository::job)
			.optional();
	}

	Optional<SyncJob> latest(UserId pilot) {
		return jdbc.sql(SELECT + " WHERE pilot_id = :pilot ORDER BY created_at DESC, id FETCH FIRST 1 ROWS ONLY")
			.param("pilot", pilot.value())
			.query(SyncJobRepository::job)
			.optional();
	}

	/** The latest job that found the account's counts. */
	Optional<SyncJob> latestWithAccountCounts(UserId pilot) {
		return jdbc
			.sql(SELECT + " WHERE pilot_id = :pilot AND mfb_flights IS NOT NULL"
					+ " ORDER BY created_at DESC, id FETCH FIRST 1 ROWS ONLY")
			.param("pilot", pilot.value())
			.query(SyncJobRepository::job)
			.optional();
	}

	/** A queued job starts, or a running one (its node died) starts again. */
	void markRunning(UUID id, Instant startedAt, UUID importRunId) {
		jdbc.sql("""
				UPDATE myflightbook_sync_job SET status = 'running', started_at = :startedAt,
				  import_run_id = :importRunId WHERE id = :id AND status IN ('queued', 'running')""")
			.param("id", id)
			.param("startedAt", startedAt.atOffset(ZoneOffset.UTC))
			.param("importRunId", importRunId)
			.update();
	}

	void complete(UUID id, Instant finishedAt, SyncJob.Outcome outcome) {
		jdbc.sql("""
				UPDATE myflightbook_sync_job SET status = 'completed', active_pilot = NULL, finished_at = :finishedAt,
				  aircraft = :aircraft, flights_seen = :flightsSeen, imported = :imported, skipped = :skipped,
				  failed = :failed, mfb_flights = :mfbFlights, mfb_aircraft = :mfbAircraft,
				  mfb_total_minutes = :mfbTotalMinutes
				WHERE id = :id""")
			.param("id", id)
			.param("finishedAt", finishedAt.atOffset(ZoneOffset.UTC))
			.param("aircraft", outcome.aircraft())
			.param("flightsSeen", outcome.flightsSeen())
			.param("imported", outcome.imported())
			.param("skipped", outcome.skipped())
			.param("failed", outcome.failed())
			.param("mfbFlights", outcome.mfbFlights())
			.param("mfbAircraft", outcome.mfbAircraft())
			.param("mfbTotalMinutes", outcome.mfbTotalMinutes())
			.update();
	}

	void fail(UUID id, Instant finishedAt, String failure) {
		jdbc.sql("""
				UPDATE myflightbook_sync_job SET status = 'failed', active_pilot = NULL, finished_at = :finishedAt,
				  failure = :failure WHERE id = :id""")
			.param("id", id)
			.param("finishedAt", finishedAt.atOffset(ZoneOffset.UTC))
			.param("failure", failure.length() <= 1000 ? failure : failure.substring(0, 1000))
			.update();
	}

	private static SyncJob job(ResultSet rs, int row) throws SQLException {
		return new SyncJob(rs.getObject(1, UUID.class), new UserId(rs.getObject(2, UUID.class)),
				SyncJob.Status.of(rs.getString(3)), instant(rs, 4), nullableInstant(rs, 5), nullableInstant(rs, 6),
				rs.getString(7), rs.getObject(8, UUID.class), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
				rs.getInt(13), rs.getObject(14, Integer.class), rs.getObject(15, Integer.class),
				rs.getObject(16, Long.class));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
