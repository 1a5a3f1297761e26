/**
 * Connector-user prices over time and the monthly invoice item per connector. (Issue 3;
 * empty so far.)
 */
@ApplicationModule(displayName = "Billing", allowedDependencies = { "connectors", "shared" })
@NullMarked
package aero.hobbs.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
