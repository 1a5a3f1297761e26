package aero.hobbs.logbook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The flights table, through {@link JdbcClient}: its columns are the
 * {@link FlightColumn}s by wire name, so the statements are built from the enum. Every
 * statement names the pilot.
 */
@Repository
class FlightRepository {

	private static final String COLUMNS = Arrays.stream(FlightColumn.values())
		.map(FlightColumn::wireName)
		.collect(Collectors.joining(", "));

	/**
	 * Every query selects the same columns in this order and reads them by position:
	 * looking a column up by name costs H2 a case-insensitive search per value, which was
	 * the largest cost of a page of flights.
	 */
	private static final String SELECT = "SELECT id, pilot_id, aircraft_id, " + COLUMNS
			+ ", source, source_id, imported_at, import_run_id, created_at, updated_at, organization_id, fleet_aircraft_id,"
			+ " instructor_id FROM logbook_flight";

	private static final int FIRST_COLUMN = 4;

	private static final int AFTER_COLUMNS = FIRST_COLUMN + FlightColumn.values().length;

	/** What a totals row adds up, by result name; landings are day and night together. */
	private static final Map<String, String> SUMMED = Map.of("block", "block_time_minutes", "pic", "pic_time_minutes",
			"sic", "sic_time_minutes", "night", "night_minutes", "ifr", "ifr_minutes", "dual", "dual_received_minutes",
			"instruction", "instruction_given_minutes", "landings",
			"COALESCE(landings_day, 0) + COALESCE(landings_night, 0)", "approaches", "instrument_approaches_count");

	private static final String INSERT;

	static {
		StringBuilder sql = new StringBuilder("INSERT INTO logbook_flight (id, pilot_id, aircraft_id, ").append(COLUMNS)
			.append(", source, source_id, imported_at, import_run_id, created_at, updated_at, organization_id,"
					+ " fleet_aircraft_id, instructor_id) VALUES (:id, :pilot, :aircraft");
		for (FlightColumn column : FlightColumn.values()) {
			sql.append(", :").append(column.wireName());
		}
		INSERT = sql
			.append(", :source, :sourceId, :importedAt, :importRun, :createdAt, :updatedAt, :organization,"
					+ " :fleetAircraft, :instructor)")
			.toString();
	}

	/**
	 * {@link #INSERT} with positional parameters in the same order, for batches: binding
	 * by position skips building a map of some 80 named values per row.
	 */
	private static final String INSERT_POSITIONAL = "INSERT INTO logbook_flight (id, pilot_id, aircraft_id, " + COLUMNS
			+ ", source, source_id, imported_at, import_run_id, created_at, updated_at, organization_id,"
			+ " fleet_aircraft_id, instructor_id) VALUES (?, ?, ?" + ", ?".repeat(FlightColumn.values().length)
			+ ", ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	FlightRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	void insert(Flight flight) {
		jdbc.sql(INSERT).paramSource(insertParameters(flight)).update();
	}

	/**
	 * Inserts the flights in batches; a source id the pilot already has from the same
	 * source fails the statement (and, with it, the caller's transaction).
	 */
	void insertAll(List<Flight> flights) {
		for (int from = 0; from < flights.size(); from += BATCH) {
			batches.getJdbcOperations()
				.batchUpdate(INSERT_POSITIONAL, flights.subList(from, Math.min(flights.size(), from + BATCH)), BATCH,
						FlightRepository::bindInsert);
		}
	}

	/**
	 * Binds a flight to {@link #INSERT_POSITIONAL} as {@link #insertParameters} does,
	 * with the JDBC setters that {@link StatementCreatorUtils} would pick, called
	 * directly: a batch binds some 90 values per row, and the general path costs a type
	 * dispatch per value and, for a null of no declared type, a metadata lookup.
	 */
	private static void bindInsert(PreparedStatement statement, Flight flight) throws SQLException {
		int at = 1;
		bindObject(statement, at++, flight.id().value());
		bindObject(statement, at++, flight.pilot().value());
		bindObject(statement, at++, flight.aircraftId());
		FlightValues values = flight.values();
		for (FlightColumn column : FlightColumn.values()) {
			Object value = values.get(column);
			int sqlType = sqlType(column);
			if (value == null) {
				statement.setNull(at++, sqlType);
			}
			else if (value instanceof String text) {
				statement.setString(at++, text);
			}
			else {
				statement.setObject(at++, value, sqlType);
			}
		}
		Provenance provenance = flight.provenance();
		statement.setString(at++, provenance.source());
		bindObject(statement, at++, provenance.sourceId());
		bindObject(statement, at++, timestamp(provenance.importedAt()));
		bindObject(statement, at++, provenance.importRunId());
		bindObject(statement, at++, timestamp(flight.createdAt()));
		bindObject(statement, at++, timestamp(flight.updatedAt()));
		FlightOrganization organization = flight.organization();
		bindObject(statement, at++, organization == null ? null : organization.organizationId().value());
		bindObject(statement, at++, organization == null ? null : organization.aircraftId());
		bindObject(statement, at++,
				organization == null || organization.instructor() == null ? null : organization.instructor().value());
	}

	/**
	 * A value of no declared SQL type; a null one is bound as {@link Types#NULL}, which
	 * both engines take for any column (it is what {@link StatementCreatorUtils} binds on
	 * PostgreSQL).
	 */
	private static void bindObject(PreparedStatement statement, int at, @Nullable Object value) throws SQLException {
		if (value == null) {
			statement.setNull(at, Types.NULL);
		}
		else if (value instanceof String text) {
			statement.setString(at, text);
		}
		else {
			statement.setObject(at, value);
		}
	}

	/** The source ids of the pilot's flights from {@code source}. */
	Set<String> sourceIds(UserId pilot, String source) {
		return new HashSet<>(jdbc
			.sql("SELECT source_id FROM logbook_flight WHERE pilot_id = :pilot AND source = :source"
					+ " AND source_id IS NOT NULL")
			.param("pilot", pilot.value())
			.param("source", source)
			.query(String.class)
			.list());
	}

	/** A flight without a source id, with its airports ("" for none). */
	record Unlinked(UUID id, LocalDate date, String departure, String arrival) {
	}

	/**
	 * The pilot's flights that have no source id, oldest first (by creation, then id):
	 * what an import may link by the legacy key.
	 */
	List<Unlinked> unlinked(UserId pilot) {
		return jdbc
			.sql("SELECT id, flight_date, COALESCE(departure_airport, '') AS departure,"
					+ " COALESCE(arrival_airport, '') AS arrival FROM logbook_flight"
					+ " WHERE pilot_id = :pilot AND source_id IS NULL ORDER BY created_at, id")
			.param("pilot", pilot.value())
			.query((rs, row) -> new Unlinked(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * Gives each flight (by id) that still has no source id its source id of
	 * {@code source}, in one batch; nothing else changes.
	 */
	void linkSourceIds(UserId pilot, String source, Map<UUID, String> sourceIdsByFlight) {
		if (sourceIdsByFlight.isEmpty()) {
			return;
		}
		batches.batchUpdate(
				"UPDATE logbook_flight SET source = :source, source_id = :sourceId WHERE id = :id"
						+ " AND pilot_id = :pilot AND source_id IS NULL",
				sourceIdsByFlight.entrySet()
					.stream()
					.map(link -> new MapSqlParameterSource().addValue("id", link.getKey())
						.addValue("pilot", pilot.value())
						.addValue("source", source)
						.addValue("sourceId", link.getValue()))
					.toArray(MapSqlParameterSource[]::new));
	}

	private static MapSqlParameterSource insertParameters(Flight flight) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("id", flight.id().value())
			.addValue("pilot", flight.pilot().value())
			.addValue("aircraft", flight.aircraftId())
			.addValue("source", flight.provenance().source())
			.addValue("sourceId", flight.provenance().sourceId())
			.addValue("importedAt", timestamp(flight.provenance().importedAt()))
			.addValue("importRun", flight.provenance().importRunId())
			.addValue("createdAt", timestamp(flight.createdAt()))
			.addValue("updatedAt", timestamp(flight.updatedAt()));
		organizationParameters(flight).forEach(parameters::addValue);
		for (FlightColumn column : FlightColumn.values()) {
			parameters.addValue(column.wireName(), flight.values().get(column), sqlType(column));
		}
		return parameters;
	}

	void update(Flight flight) {
		String assignments = Arrays.stream(FlightColumn.values())
			.map(c -> c.wireName() + " = :" + c.wireName())
			.collect(Collectors.joining(", "));
		bindValues(jdbc.sql("UPDATE logbook_flight SET aircraft_id = :aircraft, " + assignments
				+ ", updated_at = :updatedAt, organization_id = :organization, fleet_aircraft_id = :fleetAircraft,"
				+ " instructor_id = :instructor WHERE id = :id AND pilot_id = :pilot"), flight)
			.update();
	}

	boolean delete(UserId pilot, FlightId id) {
		return jdbc.sql("DELETE FROM logbook_flight WHERE id = :id AND pilot_id = :pilot")
			.param("id", id.value())
			.param("pilot", pilot.value())
			.update() > 0;
	}

	Optional<Flight> find(UserId pilot, FlightId id) {
		return find(pilot, id, "");
	}

	/**
	 * The flight, locked until the transaction ends, so that two changes to it cannot
	 * interleave.
	 */
	Optional<Flight> findForUpdate(UserId pilot, FlightId id) {
		return find(pilot, id, " FOR UPDATE");
	}

	private Optional<Flight> find(UserId pilot, FlightId id, String lock) {
		return jdbc.sql(SELECT + " WHERE id = :id AND pilot_id = :pilot" + lock)
			.param("id", id.value())
			.param("pilot", pilot.value())
			.query(FlightRepository::flight)
			.optional();
	}

	/** A flight recorded in the organization, whoever's logbook it is in. */
	Optional<Flight> findInOrganization(OrganizationId organization, FlightId id) {
		return jdbc.sql(SELECT + " WHERE id = :id AND organization_id = :organization")
			.param("id", id.value())
			.param("organization", organization.value())
			.query(FlightRepository::flight)
			.optional();
	}

	/** Makes the organization's flights their pilots' own again. */
	int detachFromOrganization(OrganizationId organization) {
		return jdbc
			.sql("UPDATE logbook_flight SET organization_id = NULL, fleet_aircraft_id = NULL, instructor_id = NULL"
					+ " WHERE organization_id = :organization")
			.param("organization", organization.value())
			.update();
	}

	List<Flight> pageInOrganization(OrganizationId organization, OrganizationLogbook.Filter filter, long offset,
			int limit) {
		return inOrganization(jdbc.sql(SELECT + " WHERE " + whereInOrganization(filter)
				+ " ORDER BY flight_date DESC, departure_time DESC, created_at DESC, id DESC"
				+ " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), organization, filter)
			.param("offset", offset)
			.param("limit", limit)
			.query(FlightRepository::flight)
			.list();
	}

	long countInOrganization(OrganizationId organization, OrganizationLogbook.Filter filter) {
		return inOrganization(jdbc.sql("SELECT COUNT(*) FROM logbook_flight WHERE " + whereInOrganization(filter)),
				organization, filter)
			.query(Long.class)
			.single();
	}

	private static String whereInOrganization(OrganizationLogbook.Filter filter) {
		StringBuilder where = new StringBuilder("organization_id = :organization");
		if (filter.from() != null) {
			where.append(" AND flight_date >= :from");
		}
		if (filter.to() != null) {
			where.append(" AND flight_date <= :to");
		}
		if (filter.pilot() != null) {
			where.append(" AND pilot_id = :pilot");
		}
		if (filter.aircraftId() != null) {
			where.append(" AND fleet_aircraft_id = :fleetAircraft");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec inOrganization(JdbcClient.StatementSpec statement,
			OrganizationId organization, OrganizationLogbook.Filter filter) {
		statement = statement.param("organization", organization.value());
		if (filter.from() != null) {
			statement = statement.param("from", filter.from());
		}
		if (filter.to() != null) {
			statement = statement.param("to", filter.to());
		}
		if (filter.pilot() != null) {
			statement = statement.param("pilot", filter.pilot().value());
		}
		if (filter.aircraftId() != null) {
			statement = statement.param("fleetAircraft", filter.aircraftId());
		}
		return statement;
	}

	List<Flight> page(UserId pilot, FlightFilter filter, long offset, int limit) {
		return filtered(jdbc.sql(SELECT + " WHERE " + where(filter)
		// pilot_id, constant here, lets H2 see that the index already has the order and
		// read just one page
				+ " ORDER BY pilot_id, flight_date DESC, departure_time DESC, created_at DESC, id DESC"
				+ " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"), pilot, filter)
			.param("offset", offset)
			.param("limit", limit)
			.query(FlightRepository::flight)
			.list();
	}

	long count(UserId pilot, FlightFilter filter) {
		return filtered(jdbc.sql("SELECT COUNT(*) FROM logbook_flight WHERE " + where(filter)), pilot, filter)
			.query(Long.class)
			.single();
	}

	TotalsRow sums(UserId pilot, FlightFilter filter) {
		return filtered(jdbc.sql("SELECT " + sums() + " FROM logbook_flight WHERE " + where(filter)), pilot, filter)
			.query(FlightRepository::totals)
			.single();
	}

	private static String sums() {
		StringBuilder select = new StringBuilder("COUNT(*) AS flights");
		SUMMED.forEach((name,
				expression) -> select.append(", COALESCE(SUM(").append(expression).append("), 0) AS ").append(name));
		return select.toString();
	}

	/** Streams the pilot's flights, oldest first, without holding them all in memory. */
	void each(UserId pilot, Consumer<FlightValues> action) {
		jdbc.sql(SELECT + " WHERE pilot_id = :pilot ORDER BY flight_date, departure_time, created_at")
			.param("pilot", pilot.value())
			.query(rs -> {
				action.accept(values(rs));
			});
	}

	private static String where(FlightFilter filter) {
		StringBuilder where = new StringBuilder("pilot_id = :pilot");
		if (filter.from() != null) {
			where.append(" AND flight_date >= :from");
		}
		if (filter.to() != null) {
			where.append(" AND flight_date <= :to");
		}
		if (filter.aircraft() != null) {
			where.append(" AND UPPER(REPLACE(REPLACE(aircraft_registration, '-', ''), ' ', '')) = :aircraft");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, UserId pilot,
			FlightFilter filter) {
		statement = statement.param("pilot", pilot.value());
		if (filter.from() != null) {
			statement = statement.param("from", filter.from());
		}
		if (filter.to() != null) {
			statement = statement.param("to", filter.to());
		}
		if (filter.aircraft() != null) {
			statement = statement.param("aircraft",
					filter.aircraft().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
		}
		return statement;
	}

	private static JdbcClient.StatementSpec bindValues(JdbcClient.StatementSpec statement, Flight flight) {
		statement = statement.param("id", flight.id().value())
			.param("pilot", flight.pilot().value())
			.param("aircraft", flight.aircraftId())
			.param("updatedAt", timestamp(flight.updatedAt()));
		for (Map.Entry<String, @Nullable UUID> link : organizationParameters(flight).entrySet()) {
			statement = statement.param(link.getKey(), link.getValue());
		}
		for (FlightColumn column : FlightColumn.values()) {
			statement = statement.param(column.wireName(), flight.values().get(column), sqlType(column));
		}
		return statement;
	}

	/** The organization columns' values, all null for a flight in no organization. */
	private static Map<String, @Nullable UUID> organizationParameters(Flight flight) {
		FlightOrganization organization = flight.organization();
		Map<String, @Nullable UUID> values = new HashMap<>();
		values.put("organization", organization == null ? null : organization.organizationId().value());
		values.put("fleetAircraft", organization == null ? null : organization.aircraftId());
		values.put("instructor",
				organization == null || organization.instructor() == null ? null : organization.instructor().value());
		return values;
	}

	private static int sqlType(FlightColumn column) {
		return switch (column.kind()) {
			case DATE -> Types.DATE;
			case MINUTES, COUNT -> Types.INTEGER;
			case LATITUDE, LONGITUDE -> Types.DOUBLE;
			default -> Types.VARCHAR;
		};
	}

	private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, int index) throws SQLException {
		OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Flight flight(ResultSet rs, int row) throws SQLException {
		int after = AFTER_COLUMNS;
		return new Flight(new FlightId(rs.getObject(1, UUID.class)), new UserId(rs.getObject(2, UUID.class)),
				rs.getObject(3, UUID.class), values(rs),
				new Provenance(rs.getString(after), rs.getString(after + 1), instant(rs, after + 2),
						rs.getObject(after + 3, UUID.class)),
				instant(rs, after + 4), instant(rs, after + 5), organization(rs, after + 6));
	}

	private static @Nullable FlightOrganization organization(ResultSet rs, int index) throws SQLException {
		UUID organization = rs.getObject(index, UUID.class);
		UUID aircraft = rs.getObject(index + 1, UUID.class);
		if (organization == null || aircraft == null) {
			return null;
		}
		UUID instructor = rs.getObject(index + 2, UUID.class);
		return new FlightOrganization(new OrganizationId(organization), aircraft,
				instructor == null ? null : new UserId(instructor));
	}

	private static FlightValues values(ResultSet rs) throws SQLException {
		Map<FlightColumn, Object> values = new EnumMap<>(FlightColumn.class);
		int index = FIRST_COLUMN;
		for (FlightColumn column : FlightColumn.values()) {
			int at = index++;
			Object value = switch (column.kind()) {
				case DATE -> rs.getObject(at, LocalDate.class);
				case MINUTES, COUNT -> {
					int n = rs.getInt(at);
					yield rs.wasNull() ? null : n;
				}
				case LATITUDE, LONGITUDE -> {
					double d = rs.getDouble(at);
					yield rs.wasNull() ? null : d;
				}
				default -> rs.getString(at);
			};
			if (value != null) {
				values.put(column, value);
			}
		}
		return FlightValues.of(values);
	}

	private static TotalsRow totals(ResultSet rs, int row) throws SQLException {
		return new TotalsRow(rs.getLong("flights"), rs.getLong("block"), rs.getLong("pic"), rs.getLong("sic"),
				rs.getLong("night"), rs.getLong("ifr"), rs.getLong("dual"), rs.getLong("instruction"),
				rs.getLong("landings"), rs.getLong("approaches"));
	}

}
