/**
 * The read-only MyFlightbook OAuth2 import (seed 002). (Issue 4; empty so far.)
 */
@ApplicationModule(displayName = "MyFlightbook",
		allowedDependencies = { "logbook", "aircraft", "airports", "currency", "accounts", "shared" })
@NullMarked
package aero.hobbs.myflightbook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
