package aero.hobbs.aircraft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import aero.hobbs.aircraft.FaaAircraft.EngineType;
import aero.hobbs.aircraft.FaaRegistryFiles.Reference;
import aero.hobbs.shared.InvalidInput;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FAA releasable aircraft registry (https://registry.faa.gov/database/), loaded from
 * its MASTER.txt and ACFTREF.txt and looked up by US registration. The registry is one
 * table for every pilot; docs/aircraft.md says how to load it.
 */
@Service
public class FaaRegistry {

	private static final int BATCH = 1000;

	private static final String INSERT = "INSERT INTO aircraft_faa_registration (n_number, manufacturer, model,"
			+ " category_class, engine_count, engine_type, year_manufactured, loaded_at)"
			+ " VALUES (:n, :manufacturer, :model, :categoryClass, :engines, :engineType, :year," + " :loadedAt)";

	private static final String SELECT = "SELECT n_number, manufacturer, model, category_class, engine_count,"
			+ " engine_type, year_manufactured FROM aircraft_faa_registration";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final Clock clock;

	FaaRegistry(JdbcClient jdbc, NamedParameterJdbcTemplate batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	/** What a load wrote: aircraft loaded, MASTER rows skipped, and when. */
	public record Loaded(int aircraft, int skipped, Instant loadedAt) {
	}

	/** The registry as loaded: how many aircraft, and when (null if never loaded). */
	public record Status(long aircraft, @Nullable Instant loadedAt) {
	}

	/**
	 * Replaces the whole registry with the files' aircraft, in one transaction, so
	 * lookups see the old registry or the new one, never half of it. MASTER.txt is
	 * streamed (the real one has about 300,000 rows) and written 1,000 rows per batch.
	 * Rows without a valid N-number or whose make/model code ACFTREF.txt lacks are
	 * skipped, as are repeats of an N-number. Files that yield no aircraft at all are
	 * refused, leaving the registry as it was.
	 */
	@Transactional
	public Loaded load(Path master, Path acftref) {
		readable(master);
		readable(acftref);
		Instant loadedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("DELETE FROM aircraft_faa_registration").update();
		Writer writer = new Writer(loadedAt);
		int skipped;
		try {
			Map<String, Reference> references = FaaRegistryFiles.readReferences(acftref);
			skipped = FaaRegistryFiles.readRegistrations(master, references, writer::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the FAA registry files", ex);
		}
		writer.flush();
		if (writer.written == 0) {
			throw new InvalidInput("directory", master.getFileName() + " has no aircraft that " + acftref.getFileName()
					+ " describes; the registry was left as it was");
		}
		return new Loaded(writer.written, skipped + writer.repeated, loadedAt);
	}

	/**
	 * The registry's aircraft for a US registration, written with or without blanks and
	 * dashes, in any case: "N172SP", "n172sp", "N-172SP". A registration that does not
	 * start with N (not US, or an N-number without its N) is never found.
	 */
	public Optional<FaaAircraft> find(String registration) {
		String normalized = Aircraft.normalize(registration);
		String nNumber = normalized.startsWith("N") ? FaaRegistryFiles.nNumber(normalized) : null;
		if (nNumber == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE n_number = :n").param("n", nNumber).query(FaaRegistry::aircraft).optional();
	}

	public Status status() {
		return jdbc.sql("SELECT COUNT(*), MAX(loaded_at) FROM aircraft_faa_registration")
			.query((rs, row) -> new Status(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class))))
			.single();
	}

	private static void readable(Path file) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new InvalidInput("directory", "Cannot read " + file + ": the directory needs the FAA's MASTER.txt"
					+ " and ACFTREF.txt, readable by the server");
		}
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	private static FaaAircraft aircraft(ResultSet rs, int row) throws SQLException {
		String categoryClass = rs.getString(4);
		String engineType = rs.getString(6);
		int year = rs.getInt(7);
		return new FaaAircraft("N" + rs.getString(1), rs.getString(2), rs.getString(3),
				categoryClass == null ? null : CategoryClass.fromWire(categoryClass).orElse(null), rs.getInt(5),
				engineType == null ? null : EngineType.fromWire(engineType).orElse(null), rs.wasNull() ? null : year);
	}

	/** Collects rows into batches; remembers the N-numbers written, to skip repeats. */
	private final class Writer {

		private final OffsetDateTime loadedAt;

		private final List<MapSqlParameterSource> batch = new ArrayList<>(BATCH);

		private final Set<String> seen = new HashSet<>();

		private int written;

		private int repeated;

		Writer(Instant loadedAt) {
			this.loadedAt = loadedAt.atOffset(ZoneOffset.UTC);
		}

		void add(FaaAircraft a) {
			String nNumber = a.registration().substring(1);
			if (!seen.add(nNumber)) {
				repeated++;
				return;
			}
			batch.add(new MapSqlParameterSource().addValue("n", nNumber)
				.addValue("manufacturer", clip(a.manufacturer()), Types.VARCHAR)
				.addValue("model", clip(a.model()), Types.VARCHAR)
				.addValue("categoryClass", a.categoryClass() == null ? null : a.categoryClass().wireName(),
						Types.VARCHAR)
				.addValue("engines", a.engineCount(), Types.INTEGER)
				.addValue("engineType", a.engineType() == null ? null : a.engineType().wireName(), Types.VARCHAR)
				.addValue("year", a.yearManufactured(), Types.INTEGER)
				.addValue("loadedAt", loadedAt));
			if (batch.size() == BATCH) {
				flush();
			}
		}

		void flush() {
			if (!batch.isEmpty()) {
				batches.batchUpdate(INSERT, batch.toArray(MapSqlParameterSource[]::new));
				written += batch.size();
				batch.clear();
			}
		}

		private static String clip(String value) {
			return value.length() > 50 ? value.substring(0, 50) : value;
		}

	}

}
