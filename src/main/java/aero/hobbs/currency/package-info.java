/**
 * Currency and recency records, imported from MyFlightbook and computed from the logbook.
 * (Issue 4; empty so far.)
 */
@ApplicationModule(displayName = "Currency", allowedDependencies = { "logbook", "aircraft", "accounts", "shared" })
@NullMarked
package aero.hobbs.currency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
