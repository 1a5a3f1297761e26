package aero.hobbs.accounting.invoices;

import aero.hobbs.accounting.MoneyInput;

import org.jspecify.annotations.Nullable;

/**
 * One invoice line as given: {@code quantity} and {@code taxRate} (percent, 0 to 100) are
 * decimal strings, e.g. "1.5" and "19"; {@code taxRate} defaults to the organization's
 * default tax rate.
 */
public record InvoiceLineDetails(@Nullable String description, @Nullable String quantity,
		@Nullable MoneyInput unitPrice, @Nullable String taxRate, @Nullable String aircraftId) {
}
