/**
 * The ProLogbooks-compatible partner connector protocol (seed 000): connectors, allowed
 * users and their tokens, the calls to partners, staging, review and sync. (Issue 3;
 * empty so far.)
 */
@ApplicationModule(displayName = "Connectors",
		allowedDependencies = { "logbook", "aircraft", "airports", "currency", "accounts", "shared" })
@NullMarked
package aero.hobbs.connectors;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
