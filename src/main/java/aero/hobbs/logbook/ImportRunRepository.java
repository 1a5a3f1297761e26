package aero.hobbs.logbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportRunRepository {

	private final JdbcClient jdbc;

	ImportRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ImportRun run) {
		jdbc.sql("""
				INSERT INTO logbook_import_run (id, pilot_id, source, started_at, finished_at, received, imported,
				  skipped, blocked, duplicates, failure)
				VALUES (:id, :pilot, :source, :startedAt, :finishedAt, :received, :imported, :skipped, :blocked,
				  :duplicates, :failure)""")
			.param("id", run.id())
			.param("pilot", run.pilot().value())
			.param("source", run.source())
			.param("startedAt", run.startedAt().atOffset(ZoneOffset.UTC))
			.param("finishedAt", run.finishedAt().atOffset(ZoneOffset.UTC))
			.param("received", run.received())
			.param("imported", run.imported())
			.param("skipped", run.skipped())
			.param("blocked", run.blocked())
			.param("duplicates", run.duplicates())
			.param("failure", run.failure())
			.update();
	}

	List<ImportRun> recent(UserId pilot, String source, int limit) {
		return jdbc.sql("""
				SELECT id, pilot_id, source, started_at, finished_at, received, imported, skipped, blocked,
				  duplicates, failure
				FROM logbook_import_run WHERE pilot_id = :pilot AND source = :source
				ORDER BY started_at DESC FETCH FIRST :limit ROWS ONLY""")
			.param("pilot", pilot.value())
			.param("source", source)
			.param("limit", limit)
			.query(ImportRunRepository::run)
			.list();
	}

	private static ImportRun run(ResultSet rs, int row) throws SQLException {
		return new ImportRun(rs.getObject(1, UUID.class), new UserId(rs.getObject(2, UUID.class)), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant(),
				rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getString(11));
	}

}
