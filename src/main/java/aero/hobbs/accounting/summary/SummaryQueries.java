package aero.hobbs.accounting.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sums behind the monthly summary, over this module's invoice and expense tables.
 * Only amounts in {@code currency} (the organization's) count: an organization that
 * changed its currency sees the months before in the old one left out.
 */
@Repository
class SummaryQueries {

	/** Invoices issued in a date range and not void: net, tax, gross, how many. */
	record Issued(BigDecimal net, BigDecimal tax, BigDecimal gross, int count) {
	}

	record Paid(BigDecimal gross, int count) {
	}

	private static final String ISSUED = " organization_id = :organization AND currency = :currency"
			+ " AND status IN ('issued', 'paid') AND issue_date BETWEEN :from AND :to";

	private final JdbcClient jdbc;

	SummaryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Issued issued(OrganizationId organization, String currency, LocalDate from, LocalDate to) {
		return jdbc
			.sql("SELECT COALESCE(SUM(subtotal), 0), COALESCE(SUM(tax_total), 0), COALESCE(SUM(total), 0), COUNT(*)"
					+ " FROM accounting_invoice WHERE" + ISSUED)
			.param("organization", organization.value())
			.param("currency", currency)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Issued(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4)))
			.single();
	}

	Paid paid(OrganizationId organization, String currency, Instant from, Instant until) {
		return jdbc.sql(
				"SELECT COALESCE(SUM(total), 0), COUNT(*) FROM accounting_invoice WHERE organization_id = :organization"
						+ " AND currency = :currency AND status = 'paid' AND paid_at >= :from AND paid_at < :until")
			.param("organization", organization.value())
			.param("currency", currency)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("until", until.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Paid(rs.getBigDecimal(1), rs.getInt(2)))
			.single();
	}

	/** Net revenue per aircraft from the lines of invoices issued in the range. */
	Map<UUID, BigDecimal> revenueByAircraft(OrganizationId organization, String currency, LocalDate from,
			LocalDate to) {
		Map<UUID, BigDecimal> sums = new LinkedHashMap<>();
		jdbc.sql("SELECT l.aircraft_id, SUM(l.net) FROM accounting_invoice_line l"
				+ " JOIN accounting_invoice i ON i.id = l.invoice_id"
				+ " WHERE i.organization_id = :organization AND i.currency = :currency"
				+ " AND i.status IN ('issued', 'paid') AND i.issue_date BETWEEN :from AND :to"
				+ " AND l.aircraft_id IS NOT NULL GROUP BY l.aircraft_id")
			.param("organization", organization.value())
			.param("currency", currency)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				sums.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
			});
		return sums;
	}

	/** Expenses in the range summed by {@code column}: category or aircraft_id. */
	Map<@Nullable Object, BigDecimal> expensesBy(String column, OrganizationId organization, String currency,
			LocalDate from, LocalDate to) {
		Map<@Nullable Object, BigDecimal> sums = new LinkedHashMap<>();
		jdbc.sql("SELECT " + column + ", SUM(amount) FROM accounting_expense WHERE organization_id = :organization"
				+ " AND currency = :currency AND expense_date BETWEEN :from AND :to GROUP BY " + column)
			.param("organization", organization.value())
			.param("currency", currency)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				sums.put(rs.getObject(1), rs.getBigDecimal(2));
			});
		return sums;
	}

	/** Net revenue per issue date in the range. */
	Map<LocalDate, BigDecimal> revenueByDay(OrganizationId organization, String currency, LocalDate from,
			LocalDate to) {
		Map<LocalDate, BigDecimal> sums = new LinkedHashMap<>();
		jdbc.sql("SELECT issue_date, SUM(subtotal) FROM accounting_invoice WHERE" + ISSUED + " GROUP BY issue_date")
			.param("organization", organization.value())
			.param("currency", currency)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				sums.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
			});
		return sums;
	}

	Map<LocalDate, BigDecimal> expensesByDay(OrganizationId organization, String currency, LocalDate from,
			LocalDate to) {
		Map<LocalDate, BigDecimal> sums = new LinkedHashMap<>();
		jdbc.sql("SELECT expense_date, SUM(amount) FROM accounting_expense WHERE organization_id = :organization"
				+ " AND currency = :currency AND expense_date BETWEEN :from AND :to GROUP BY expense_date")
			.param("organization", organization.value())
			.param("currency", currency)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				sums.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
			});
		return sums;
	}

}
