/**
 * The ProLogbooks-compatible partner connector protocol (seed 000): connectors, allowed
 * users and their tokens, the connector prices, the calls to partners, staging, review
 * and sync. Prices live here rather than in billing because the partner's own page shows
 * the fee they lead to; billing reads them to write the monthly invoice item.
 */
@ApplicationModule(displayName = "Connectors",
		allowedDependencies = { "logbook", "aircraft", "airports", "currency", "accounts", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.connectors;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
