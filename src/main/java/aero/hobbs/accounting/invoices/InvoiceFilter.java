package aero.hobbs.accounting.invoices;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the invoice list, as given: {@code from}/{@code to} (YYYY-MM-DD, inclusive)
 * compare the issue date, or the day a draft was created; {@code status} and
 * {@code memberId} narrow further.
 */
public record InvoiceFilter(@Nullable String from, @Nullable String to, @Nullable String status,
		@Nullable String memberId) {

	public static final InvoiceFilter NONE = new InvoiceFilter(null, null, null, null);

}
