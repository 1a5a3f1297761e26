/**
 * An organization's events and aircraft reservations. (Issue 5; empty so far.)
 */
@ApplicationModule(displayName = "Calendar",
		allowedDependencies = { "organizations", "aircraft", "logbook", "accounts", "shared" })
@NullMarked
package aero.hobbs.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
