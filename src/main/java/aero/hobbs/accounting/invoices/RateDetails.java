package aero.hobbs.accounting.invoices;

import aero.hobbs.accounting.MoneyInput;

import org.jspecify.annotations.Nullable;

/**
 * The organization-wide rates as given: the default instructor hourly rate (an empty
 * amount removes it) and the default tax rate in percent; a null field keeps what is set.
 */
public record RateDetails(@Nullable MoneyInput instructorHourlyRate, @Nullable String defaultTaxRate) {
}
