package aero.hobbs.logbook;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.time.YearMonth;
import java.util.List;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
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

	private final JdbcClient jdbc;

	MonthlyTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UserId pilot, FlightValues flight) {
		apply(pilot, flight.date(), of(flight, 1));
	}

	void subtract(UserId pilot, FlightValues flight) {
		apply(pilot, flight.date(), of(flight, -1));
	}

	/** Adds many flights with one update per month they fall in. */
	void addAll(UserId pilot, Collection<FlightValues> flights) {
		Map<LocalDate, TotalsRow> byMonth = new TreeMap<>();
		for (FlightValues flight : flights) {
			if (flight.date() != null) {
				byMonth.merge(flight.date().withDayOfMonth(1), of(flight, 1), TotalsRow::plus);
			}
		}
		byMonth.forEach((month, delta) -> apply(pilot, month, delta));
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
		jdbc.sql("INSERT INTO logbook_month_total (pilot_id, month_start, " + COLUMNS
				+ ") VALUES (:pilot, :month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING")
			.param("pilot", pilot.value())
			.param("month", month)
			.update();
		jdbc.sql("""
				UPDATE logbook_month_total SET flights = flights + :flights, block_minutes = block_minutes + :block,
				  pic_minutes = pic_minutes + :pic, sic_minutes = sic_minutes + :sic,
				  night_minutes = night_minutes + :night, ifr_minutes = ifr_minutes + :ifr,
				  dual_minutes = dual_minutes + :dual, instruction_minutes = instruction_minutes + :instruction,
				  landings = landings + :landings, approaches = approaches + :approaches
				WHERE pilot_id = :pilot AND month_start = :month""")
			.param("pilot", pilot.value())
			.param("month", month)
			.param("flights", delta.flights())
			.param("block", delta.block())
			.param("pic", delta.pilotInCommand())
			.param("sic", delta.secondInCommand())
			.param("night", delta.night())
			.param("ifr", delta.ifr())
			.param("dual", delta.dualReceived())
			.param("instruction", delta.instructionGiven())
			.param("landings", delta.landings())
			.param("approaches", delta.approaches())
			.update();
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
