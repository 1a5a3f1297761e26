package aero.hobbs.accounting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.invoices.Invoice;
import aero.hobbs.accounting.invoices.InvoiceLine;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of an {@code invoice} resource. {@code number} and {@code issue_date}
 * are null for drafts; amounts are {@code {"amount", "currency"}} with the amount a
 * string; {@code quantity} and {@code tax_rate} are decimal strings.
 */
record InvoiceResource(@Nullable String number, String status, UUID memberId, String billToName,
		@Nullable UUID flightId, String currency, List<Line> lines, Amount subtotal, Amount taxTotal, Amount total,
		LocalDate createdOn, @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, @Nullable String notes,
		@Nullable Instant issuedAt, @Nullable Instant paidAt, @Nullable String paymentMethod,
		@Nullable String paymentNote, @Nullable Instant voidedAt, @Nullable String voidReason, Instant createdAt,
		Instant updatedAt) {

	record Line(String description, String quantity, Amount unitPrice, String taxRate, Amount net, Amount tax,
			Amount total, @Nullable UUID aircraftId) {

		static Line of(InvoiceLine line) {
			return new Line(line.description(), plain(line.quantity()), Amount.of(line.unitPrice()),
					plain(line.taxRate()), Amount.of(line.net()), Amount.of(line.tax()), Amount.of(line.total()),
					line.aircraftId());
		}
	}

	static ApiResource<InvoiceResource> of(Invoice i) {
		return new ApiResource<>(i.id().toString(), "invoice",
				new InvoiceResource(i.number(), i.status().wireName(), i.memberId().value(), i.billToName(),
						i.flightId(), i.currency(), i.lines().stream().map(Line::of).toList(), Amount.of(i.subtotal()),
						Amount.of(i.taxTotal()), Amount.of(i.total()), i.createdOn(), i.issueDate(), i.dueDate(),
						i.notes(), i.issuedAt(), i.paidAt(), i.paymentMethod(), i.paymentNote(), i.voidedAt(),
						i.voidReason(), i.createdAt(), i.updatedAt()));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
