/**
 * Currency and recency records, imported from MyFlightbook and computed from the logbook.
 * So far {@link aero.hobbs.currency.CurrencyItem}, the shape an imported item takes, and
 * {@link aero.hobbs.currency.CurrencyRecords}, which keeps each source's latest report.
 */
@ApplicationModule(displayName = "Currency",
		allowedDependencies = { "logbook", "aircraft", "accounts", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.currency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
