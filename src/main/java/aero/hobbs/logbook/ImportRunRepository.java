package aero.hobbs.logbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportRunRepository {

	private static final String COLUMNS = """
			id, pilot_id, source, started_at, finished_at, received, imported, skipped, blocked, duplicates, failed,
			  status, failure""";

	private final JdbcClient jdbc;

	ImportRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ImportRun run) {
		jdbc.sql("INSERT INTO logbook_import_run (" + COLUMNS + """
				) VALUES (:id, :pilot, :source, :startedAt, :finishedAt, :received, :imported, :skipped, :blocked,
				  :duplicates, :failed, :status, :failure)""")
			.param("id", run.id())
			.param("pilot", run.pilot().value())
			.param("source", run.source())
			.param("startedAt", run.startedAt().atOffset(ZoneOffset.UTC))
			.param("finishedAt", utc(run.finishedAt()))
			.param("received", run.received())
			.param("imported", run.imported())
			.param("skipped", run.skipped())
			.param("blocked", run.blocked())
			.param("duplicates", run.duplicates())
			.param("failed", run.failedFlights())
			.param("status", run.status().wireName())
			.param("failure", run.failure())
			.update();
	}

	void addImported(UUID id, int imported) {
		jdbc.sql("UPDATE logbook_import_run SET imported = imported + :imported WHERE id = :id")
			.param("id", id)
			.param("imported", imported)
			.update();
	}

	/** Ends a processing run; the imported count is what the pages added. */
	void complete(UUID id, Instant finishedAt, int received, int skipped, int blocked, int duplicates, int failed) {
		jdbc.sql("""
				UPDATE logbook_import_run SET status = 'completed', finished_at = :finishedAt, received = :received,
				  skipped = :skipped, blocked = :blocked, duplicates = :duplicates, failed = :failed
				WHERE id = :id""")
			.param("id", id)
			.param("finishedAt", utc(finishedAt))
			.param("received", received)
			.param("skipped", skipped)
			.param("blocked", blocked)
			.param("duplicates", duplicates)
			.param("failed", failed)
			.update();
	}

	void fail(UUID id, Instant finishedAt, String failure) {
		jdbc.sql("UPDATE logbook_import_run SET status = 'failed', finished_at = :finishedAt, failure = :failure"
				+ " WHERE id = :id")
			.param("id", id)
			.param("finishedAt", utc(finishedAt))
			.param("failure", failure)
			.update();
	}

	Optional<ImportRun> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM logbook_import_run WHERE id = :id")
			.param("id", id)
			.query(ImportRunRepository::run)
			.optional();
	}

	List<ImportRun> recent(UserId pilot, String source, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM logbook_import_run WHERE pilot_id = :pilot AND source = :source
				ORDER BY started_at DESC FETCH FIRST :limit ROWS ONLY""")
			.param("pilot", pilot.value())
			.param("source", source)
			.param("limit", limit)
			.query(ImportRunRepository::run)
			.list();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static ImportRun run(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
		return new ImportRun(rs.getObject(1, UUID.class), new UserId(rs.getObject(2, UUID.class)), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
				rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
				ImportRun.Status.of(rs.getString(12)), rs.getString(13));
	}

}
