/**
 * An organization's invoices and expenses. (Issue 5; empty so far.)
 */
@ApplicationModule(displayName = "Accounting",
		allowedDependencies = { "organizations", "aircraft", "logbook", "accounts", "shared" })
@NullMarked
package aero.hobbs.accounting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
