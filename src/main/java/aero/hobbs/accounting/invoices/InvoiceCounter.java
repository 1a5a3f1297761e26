package aero.hobbs.accounting.invoices;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hands out invoice numbers without gaps: one counter row per organization and year,
 * locked {@code FOR UPDATE} by the issuing transaction, so a second issuer waits until
 * the first commits (its number is then taken) or rolls back (its number is handed out
 * again). Numbers read {@code 2026-0001}: the issue year, a dash, and the count within
 * that year, four digits or more.
 */
@Repository
class InvoiceCounter {

	private final JdbcClient jdbc;

	InvoiceCounter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number for the year; must run in the transaction that issues. */
	String next(OrganizationId organization, int year) {
		UUID id = organization.value();
		jdbc.sql("INSERT INTO accounting_invoice_counter (organization_id, invoice_year, last_number)"
				+ " VALUES (:organization, :year, 0) ON CONFLICT DO NOTHING")
			.param("organization", id)
			.param("year", year)
			.update();
		int last = jdbc
			.sql("SELECT last_number FROM accounting_invoice_counter WHERE organization_id = :organization"
					+ " AND invoice_year = :year FOR UPDATE")
			.param("organization", id)
			.param("year", year)
			.query(Integer.class)
			.single();
		jdbc.sql("UPDATE accounting_invoice_counter SET last_number = :next WHERE organization_id = :organization"
				+ " AND invoice_year = :year")
			.param("next", last + 1)
			.param("organization", id)
			.param("year", year)
			.update();
		return String.format("%d-%04d", year, last + 1);
	}

}
