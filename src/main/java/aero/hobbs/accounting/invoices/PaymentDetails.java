package aero.hobbs.accounting.invoices;

import org.jspecify.annotations.Nullable;

/**
 * How an invoice was paid: {@code paidAt} an ISO-8601 instant (now when absent),
 * {@code method} e.g. "bank transfer", and a note.
 */
public record PaymentDetails(@Nullable String paidAt, @Nullable String method, @Nullable String note) {

	public static final PaymentDetails NOW = new PaymentDetails(null, null, null);

}
