/**
 * Currency and recency records, imported from MyFlightbook and computed from the logbook.
 * So far only {@link aero.hobbs.currency.CurrencyItem}, the shape an imported item takes.
 */
@ApplicationModule(displayName = "Currency", allowedDependencies = { "logbook", "aircraft", "accounts", "shared" })
@NullMarked
package aero.hobbs.currency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
