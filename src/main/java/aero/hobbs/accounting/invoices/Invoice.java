package aero.hobbs.accounting.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.InvoiceId;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * An invoice of an organization to one of its members. {@code billToName} is the member's
 * name as it was when the invoice was drafted or last edited; {@code number} is null
 * until the invoice is issued. The transitions refuse what the status does not allow,
 * naming the rule.
 */
public record Invoice(InvoiceId id, OrganizationId organizationId, UserId memberId, String billToName,
		InvoiceStatus status, @Nullable String number, String currency, List<InvoiceLine> lines, LocalDate createdOn,
		@Nullable LocalDate issueDate, @Nullable LocalDate dueDate, @Nullable String notes, @Nullable UUID flightId,
		@Nullable Instant issuedAt, @Nullable Instant paidAt, @Nullable String paymentMethod,
		@Nullable String paymentNote, @Nullable Instant voidedAt, @Nullable String voidReason, UserId createdBy,
		Instant createdAt, Instant updatedAt) {

	public Invoice {
		lines = List.copyOf(lines);
	}

	public Money subtotal() {
		return sum(lines.stream().map(line -> line.net().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	public Money taxTotal() {
		return sum(lines.stream().map(line -> line.tax().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	public Money total() {
		return sum(subtotal().amount().add(taxTotal().amount()));
	}

	/** "Invoice 2026-0003", or "The draft invoice" before it has a number. */
	public String title() {
		return number == null ? "The draft invoice" : "Invoice " + number;
	}

	public boolean isDraft() {
		return status == InvoiceStatus.DRAFT;
	}

	void requireDraft() {
		if (status != InvoiceStatus.DRAFT) {
			throw new Conflict("status",
					title() + " is " + status.wireName() + "; only drafts can be edited — void it and draft a new one");
		}
	}

	Invoice edited(UserId member, String name, List<InvoiceLine> newLines, @Nullable LocalDate due,
			@Nullable String newNotes, Instant at) {
		requireDraft();
		return new Invoice(id, organizationId, member, name, status, number, currency, newLines, createdOn, issueDate,
				due, newNotes, flightId, issuedAt, paidAt, paymentMethod, paymentNote, voidedAt, voidReason, createdBy,
				createdAt, at);
	}

	/** Refuses to issue what is not a draft, or a draft without lines. */
	void requireIssuable() {
		if (status != InvoiceStatus.DRAFT) {
			throw new Conflict("status", title() + " is already " + status.wireName() + "; only a draft can be issued");
		}
		if (lines.isEmpty()) {
			throw new Conflict("lines", "The draft has no lines; add at least one before issuing it");
		}
	}

	Invoice issued(String newNumber, LocalDate on, Instant at) {
		requireIssuable();
		return new Invoice(id, organizationId, memberId, billToName, InvoiceStatus.ISSUED, newNumber, currency, lines,
				createdOn, on, dueDate, notes, flightId, at, paidAt, paymentMethod, paymentNote, voidedAt, voidReason,
				createdBy, createdAt, at);
	}

	Invoice paid(Instant at, @Nullable String method, @Nullable String note, Instant now) {
		switch (status) {
			case DRAFT -> throw new Conflict("status", title() + " is a draft; issue it before marking it paid");
			case PAID -> throw new Conflict("status", title() + " is already paid");
			case VOID -> throw new Conflict("status", title() + " is void; a void invoice cannot be paid");
			case ISSUED -> {
			}
		}
		return new Invoice(id, organizationId, memberId, billToName, InvoiceStatus.PAID, number, currency, lines,
				createdOn, issueDate, dueDate, notes, flightId, issuedAt, at, method, note, voidedAt, voidReason,
				createdBy, createdAt, now);
	}

	Invoice voided(@Nullable String reason, Instant at) {
		switch (status) {
			case PAID -> throw new Conflict("status", title() + " is paid; a paid invoice cannot be voided");
			case VOID -> throw new Conflict("status", title() + " is already void");
			case DRAFT, ISSUED -> {
			}
		}
		return new Invoice(id, organizationId, memberId, billToName, InvoiceStatus.VOID, number, currency, lines,
				createdOn, issueDate, dueDate, notes, flightId, issuedAt, paidAt, paymentMethod, paymentNote, at,
				reason, createdBy, createdAt, at);
	}

	private Money sum(BigDecimal amount) {
		return new Money(amount, currency);
	}

}
