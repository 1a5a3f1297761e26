package aero.hobbs.accounting.invoices;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.accounting.DateRange;
import aero.hobbs.accounting.InvoiceId;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invoices and their lines ({@code accounting_invoice}, {@code accounting_invoice_line}).
 * Every query names the organization. The stored subtotal, tax and total repeat the sums
 * over the lines so that lists and summaries need not read the lines.
 */
@Repository
class InvoiceRepository {

	private static final String SELECT = """
			SELECT id, organization_id, member_id, bill_to_name, status, invoice_number, currency, created_on,
			  issue_date, due_date, notes, flight_id, issued_at, paid_at, payment_method, payment_note, voided_at,
			  void_reason, created_by, created_at, updated_at
			FROM accounting_invoice""";

	/** The list's filter, checked: null fields do not narrow. */
	record Criteria(DateRange dates, @Nullable InvoiceStatus status, @Nullable UUID memberId, boolean withDrafts) {
	}

	private final JdbcClient jdbc;

	InvoiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Invoice invoice) {
		jdbc.sql("""
				INSERT INTO accounting_invoice (id, organization_id, member_id, bill_to_name, status, invoice_number,
				  currency, subtotal, tax_total, total, created_on, issue_date, due_date, notes, flight_id, flight_open,
				  issued_at, paid_at, payment_method, payment_note, voided_at, void_reason, created_by, created_at,
				  updated_at)
				VALUES (:id, :organization, :member, :billTo, :status, :number, :currency, :subtotal, :taxTotal, :total,
				  :createdOn, :issueDate, :dueDate, :notes, :flight, :flightOpen, :issuedAt, :paidAt, :method, :note,
				  :voidedAt, :voidReason, :createdBy, :createdAt, :updatedAt)""").params(params(invoice)).update();
		insertLines(invoice);
	}

	void update(Invoice invoice) {
		jdbc.sql("""
				UPDATE accounting_invoice SET member_id = :member, bill_to_name = :billTo, status = :status,
				  invoice_number = :number, subtotal = :subtotal, tax_total = :taxTotal, total = :total,
				  issue_date = :issueDate, due_date = :dueDate, notes = :notes, flight_open = :flightOpen,
				  issued_at = :issuedAt, paid_at = :paidAt, payment_method = :method, payment_note = :note,
				  voided_at = :voidedAt, void_reason = :voidReason, updated_at = :updatedAt
				WHERE id = :id AND organization_id = :organization""").params(params(invoice)).update();
		jdbc.sql("DELETE FROM accounting_invoice_line WHERE invoice_id = :id")
			.param("id", invoice.id().value())
			.update();
		insertLines(invoice);
	}

	void delete(OrganizationId organization, InvoiceId id) {
		jdbc.sql("DELETE FROM accounting_invoice WHERE id = :id AND organization_id = :organization")
			.param("id", id.value())
			.param("organization", organization.value())
			.update();
	}

	Optional<Invoice> find(OrganizationId organization, InvoiceId id) {
		return withLines(jdbc.sql(SELECT + " WHERE id = :id AND organization_id = :organization")
			.param("id", id.value())
			.param("organization", organization.value())
			.query(InvoiceRepository::header)
			.list()).stream().findFirst();
	}

	/** Locks the invoice's row until the transaction ends, then reads it. */
	Optional<Invoice> lock(OrganizationId organization, InvoiceId id) {
		Optional<UUID> locked = jdbc
			.sql("SELECT id FROM accounting_invoice WHERE id = :id AND organization_id = :organization FOR UPDATE")
			.param("id", id.value())
			.param("organization", organization.value())
			.query(UUID.class)
			.optional();
		return locked.flatMap(found -> find(organization, id));
	}

	/** The open (not void) invoice drafted from the flight, if any. */
	Optional<Invoice> openForFlight(OrganizationId organization, UUID flightId) {
		return withLines(jdbc.sql(SELECT + " WHERE organization_id = :organization AND flight_open = :flight")
			.param("organization", organization.value())
			.param("flight", flightId)
			.query(InvoiceRepository::header)
			.list()).stream().findFirst();
	}

	/** The flights of {@code flightIds} that have an open invoice. */
	List<UUID> invoicedFlights(OrganizationId organization, List<UUID> flightIds) {
		if (flightIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT flight_open FROM accounting_invoice WHERE organization_id = :organization"
					+ " AND flight_open IN (:flights)")
			.param("organization", organization.value())
			.param("flights", flightIds)
			.query(UUID.class)
			.list();
	}

	List<Invoice> list(OrganizationId organization, Criteria criteria, long offset, int limit) {
		return withLines(jdbc
			.sql(SELECT + where(criteria) + " ORDER BY COALESCE(issue_date, created_on) DESC, invoice_number DESC,"
					+ " created_at DESC, id OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
			.params(criteriaParams(organization, criteria))
			.param("offset", offset)
			.param("limit", limit)
			.query(InvoiceRepository::header)
			.list());
	}

	long count(OrganizationId organization, Criteria criteria) {
		return jdbc.sql("SELECT COUNT(*) FROM accounting_invoice" + where(criteria))
			.params(criteriaParams(organization, criteria))
			.query(Long.class)
			.single();
	}

	private static String where(Criteria criteria) {
		return " WHERE organization_id = :organization" + " AND COALESCE(issue_date, created_on) BETWEEN :from AND :to"
				+ (criteria.status() == null ? "" : " AND status = :status")
				+ (criteria.memberId() == null ? "" : " AND member_id = :member")
				+ (criteria.withDrafts() ? "" : " AND status <> 'draft'");
	}

	private static Map<String, Object> criteriaParams(OrganizationId organization, Criteria criteria) {
		Map<String, Object> params = new HashMap<>();
		params.put("organization", organization.value());
		params.put("from", criteria.dates().lower());
		params.put("to", criteria.dates().upper());
		if (criteria.status() != null) {
			params.put("status", criteria.status().wireName());
		}
		if (criteria.memberId() != null) {
			params.put("member", criteria.memberId());
		}
		return params;
	}

	private void insertLines(Invoice invoice) {
		List<InvoiceLine> lines = invoice.lines();
		for (int i = 0; i < lines.size(); i++) {
			InvoiceLine line = lines.get(i);
			jdbc.sql("""
					INSERT INTO accounting_invoice_line (invoice_id, line_no, description, quantity, unit_price,
					  tax_rate, net, tax, total, aircraft_id)
					VALUES (:invoice, :lineNo, :description, :quantity, :unitPrice, :taxRate, :net, :tax, :total,
					  :aircraft)""")
				.param("invoice", invoice.id().value())
				.param("lineNo", i)
				.param("description", line.description())
				.param("quantity", line.quantity())
				.param("unitPrice", line.unitPrice().amount())
				.param("taxRate", line.taxRate())
				.param("net", line.net().amount())
				.param("tax", line.tax().amount())
				.param("total", line.total().amount())
				.param("aircraft", line.aircraftId())
				.update();
		}
	}

	private List<Invoice> withLines(List<Invoice> headers) {
		if (headers.isEmpty()) {
			return headers;
		}
		Map<UUID, String> currencies = new HashMap<>();
		headers.forEach(invoice -> currencies.put(invoice.id().value(), invoice.currency()));
		Map<UUID, List<InvoiceLine>> lines = new HashMap<>();
		jdbc.sql("""
				SELECT invoice_id, description, quantity, unit_price, tax_rate, net, tax, total, aircraft_id
				FROM accounting_invoice_line WHERE invoice_id IN (:ids) ORDER BY invoice_id, line_no""")
			.param("ids", List.copyOf(currencies.keySet()))
			.query(rs -> {
				UUID invoice = rs.getObject("invoice_id", UUID.class);
				String currency = currencies.get(invoice);
				lines.computeIfAbsent(invoice, key -> new ArrayList<>())
					.add(new InvoiceLine(rs.getString("description"), rs.getBigDecimal("quantity").stripTrailingZeros(),
							money(rs.getBigDecimal("unit_price"), currency),
							rs.getBigDecimal("tax_rate").stripTrailingZeros(), money(rs.getBigDecimal("net"), currency),
							money(rs.getBigDecimal("tax"), currency), money(rs.getBigDecimal("total"), currency),
							rs.getObject("aircraft_id", UUID.class)));
			});
		return headers.stream()
			.map(header -> withLines(header, lines.getOrDefault(header.id().value(), List.of())))
			.toList();
	}

	private static Invoice withLines(Invoice h, List<InvoiceLine> lines) {
		return new Invoice(h.id(), h.organizationId(), h.memberId(), h.billToName(), h.status(), h.number(),
				h.currency(), lines, h.createdOn(), h.issueDate(), h.dueDate(), h.notes(), h.flightId(), h.issuedAt(),
				h.paidAt(), h.paymentMethod(), h.paymentNote(), h.voidedAt(), h.voidReason(), h.createdBy(),
				h.createdAt(), h.updatedAt());
	}

	private static Money money(BigDecimal stored, String currency) {
		return new Money(stored.stripTrailingZeros(), currency);
	}

	private static Invoice header(ResultSet rs, int row) throws SQLException {
		return new Invoice(new InvoiceId(rs.getObject("id", UUID.class)),
				new OrganizationId(rs.getObject("organization_id", UUID.class)),
				new UserId(rs.getObject("member_id", UUID.class)), rs.getString("bill_to_name"),
				InvoiceStatus.fromWire(rs.getString("status")).orElseThrow(), rs.getString("invoice_number"),
				rs.getString("currency"), List.of(), rs.getObject("created_on", LocalDate.class),
				rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				rs.getString("notes"), rs.getObject("flight_id", UUID.class), instant(rs, "issued_at"),
				instant(rs, "paid_at"), rs.getString("payment_method"), rs.getString("payment_note"),
				instant(rs, "voided_at"), rs.getString("void_reason"),
				new UserId(rs.getObject("created_by", UUID.class)), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Map<String, Object> params(Invoice invoice) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", invoice.id().value());
		params.put("organization", invoice.organizationId().value());
		params.put("member", invoice.memberId().value());
		params.put("billTo", invoice.billToName());
		params.put("status", invoice.status().wireName());
		params.put("number", invoice.number());
		params.put("currency", invoice.currency());
		params.put("subtotal", invoice.subtotal().amount());
		params.put("taxTotal", invoice.taxTotal().amount());
		params.put("total", invoice.total().amount());
		params.put("createdOn", invoice.createdOn());
		params.put("issueDate", invoice.issueDate());
		params.put("dueDate", invoice.dueDate());
		params.put("notes", invoice.notes());
		params.put("flight", invoice.flightId());
		params.put("flightOpen", invoice.status() == InvoiceStatus.VOID ? null : invoice.flightId());
		params.put("issuedAt", utc(invoice.issuedAt()));
		params.put("paidAt", utc(invoice.paidAt()));
		params.put("method", invoice.paymentMethod());
		params.put("note", invoice.paymentNote());
		params.put("voidedAt", utc(invoice.voidedAt()));
		params.put("voidReason", invoice.voidReason());
		params.put("createdBy", invoice.createdBy().value());
		params.put("createdAt", utc(invoice.createdAt()));
		params.put("updatedAt", utc(invoice.updatedAt()));
		return params;
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
