/**
 * The flight record (the 64 partner columns plus what MyFlightbook carries), its
 * validation, totals and monthly rollups, the logbook pages, the CSV export and
 * `/v1/me/flight-logs`.
 */
@ApplicationModule(displayName = "Logbook",
		allowedDependencies = { "aircraft", "airports", "accounts", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.logbook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
