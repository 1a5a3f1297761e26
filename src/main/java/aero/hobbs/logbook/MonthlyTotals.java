package aero.hobbs.logbook;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.time.YearMonth;
import java.util.List;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-month rollup of each pilot's flights ({@code logbook_month_total}).
 * {@link Logbook} adds a flight when it is stored and takes it away when it is removed or
 * before it is changed, in the same transaction, so the rollup always equals the sums
 * over the flights. Rows are made with {@code ON CONFLICT DO NOTHING} and then
 * incremented, which is safe when two requests add to the same month at once and reads
 * the same on H2 and PostgreSQL.
 */
@Repository
class MonthlyTotals {

	private static final String COLUMNS = "flights, block_minutes, pic_minutes, sic_minutes, night_minutes, ifr_minutes,"
			+ " dual_minutes, instruction_minutes, landings, approaches";

	private static final String CREATE_ROW = "INSERT INTO logbook_month_total (pilot_id, month_start, " + COLUMNS
			+ ") VALUES (:pilot, :month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING";

	private static final String INCREMENT = """
			UPDATE logbook_month_total SET flights = flights + :flights, block_minutes = block_minutes + :block,
			  pic_minutes = pic_minutes + :pic, sic_minutes = sic_minutes + :sic,
			  night_minutes = night_minutes + :night, ifr_minutes = ifr_minutes + :ifr,
			  dual_minutes = dual_minutes + :dual, instruction_minutes = instruction_minutes + :instruction,
			  landings = landings + :landings, approaches = approaches + :approaches
			WHERE pilot_id = :pilot AND month_start = :month""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	MonthlyTotals(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	void add(UserId pilot, FlightValues flight) {
		apply(pilot, flight.date(), of(flight, 1));
	}

	void subtract(UserId pilot, FlightValues flight) {
		apply(pilot, flight.date(), of(flight, -1));
	}

	/**
	 * Adds many flights with one update per month they fall in, sent as two batches (rows
	 * made, then incremented).
	 */
	void addAll(UserId pilot, Collection<FlightValues> flights) {
		Map<LocalDate, TotalsRow> byMonth = new TreeMap<>();
		for (FlightValues flight : flights) {
			if (flight.date() != null) {
				byMonth.merge(flight.date().withDayOfMonth(1), of(flight, 1), TotalsRow::plus);
			}
		}
		if (byMonth.isEmpty()) {
			return;
		}
		batches.batchUpdate(CREATE_ROW,
				byMonth.keySet()
					.stream()
					.map(month -> new MapSqlParameterSource("pilot", pilot.value()).addValue("month", month))
					.toArray(MapSqlParameterSource[]::new));
		batches.batchUpdate(INCREMENT,
				byMonth.entrySet()
					.stream()
					.map(month -> increment(pilot, month.getKey(), month.getValue()))
					.toArray(MapSqlParameterSource[]::new));
	}

	private static TotalsRow of(FlightValues flight, int sign) {
		return new TotalsRow(sign, sign * flight.number(FlightColumn.BLOCK_TIME_MINUTES),
				sign * flight.number(FlightColumn.PIC_TIME_MINUTES),
				sign * flight.number(FlightColumn.SIC_TIME_MINUTES), sign * flight.number(FlightColumn.NIGHT_MINUTES),
				sign * flight.number(FlightColumn.IFR_MINUTES),
				sign * flight.number(FlightColumn.DUAL_RECEIVED_MINUTES),
				sign * flight.number(FlightColumn.INSTRUCTION_GIVEN_MINUTES),
				sign * (flight.number(FlightColumn.LANDINGS_DAY) + flight.number(FlightColumn.LANDINGS_NIGHT)),
				sign * flight.number(FlightColumn.INSTRUMENT_APPROACHES_COUNT));
	}

	private void apply(UserId pilot, @Nullable LocalDate date, TotalsRow delta) {
		if (date == null) {
			return;
		}
		LocalDate month = date.withDayOfMonth(1);
		jdbc.sql(CREATE_ROW).param("pilot", pilot.value()).param("month", month).update();
		jdbc.sql(INCREMENT).paramSource(increment(pilot, month, delta)).update();
	}

	private static MapSqlParameterSource increment(UserId pilot, LocalDate month, TotalsRow delta) {
		return new MapSqlParameterSource("pilot", pilot.value()).addValue("month", month)
			.addValue("flights", delta.flights())
			.addValue("block", delta.block())
			.addValue("pic", delta.pilotInCommand())
			.addValue("sic", delta.secondInCommand())
			.addValue("night", delta.night())
			.addValue("ifr", delta.ifr())
			.addValue("dual", delta.dualReceived())
			.addValue("instruction", delta.instructionGiven())
			.addValue("landings", delta.landings())
			.addValue("approaches", delta.approaches());
	}

	/**
	 * The sums over the pilot's months from {@code firstMonth} on (all months when null).
	 */
	TotalsRow sum(UserId pilot, @Nullable YearMonth firstMonth) {
		return jdbc
			.sql("SELECT " + sums() + " FROM logbook_month_total WHERE pilot_id = :pilot AND month_start >= :from")
			.param("pilot", pilot.value())
			.param("from", firstMonth == null ? LocalDate.of(1, 1, 1) : firstMonth.atDay(1))
			.query((rs, row) -> new TotalsRow(rs.getLong("flights"), rs.getLong("block_minutes"),
					rs.getLong("pic_minutes"), rs.getLong("sic_minutes"), rs.getLong("night_minutes"),
					rs.getLong("ifr_minutes"), rs.getLong("dual_minutes"), rs.getLong("instruction_minutes"),
					rs.getLong("landings"), rs.getLong("approaches")))
			.single();
	}

	List<MonthTotal> blockPerMonth(UserId pilot, YearMonth from) {
		return jdbc
			.sql("SELECT month_start, block_minutes FROM logbook_month_total WHERE pilot_id = :pilot"
					+ " AND month_start >= :from AND flights > 0 ORDER BY month_start")
			.param("pilot", pilot.value())
			.param("from", from.atDay(1))
			.query((rs, row) -> new MonthTotal(YearMonth.from(rs.getObject("month_start", LocalDate.class)),
					rs.getLong("block_minutes")))
			.list();
	}

	private static String sums() {
		StringBuilder select = new StringBuilder();
		for (String column : COLUMNS.split(", ")) {
			select.append(select.isEmpty() ? "" : ", ")
				.append("COALESCE(SUM(")
				.append(column)
				.append("), 0) AS ")
				.append(column);
		}
		return select.toString();
	}

}
