/**
 * The read-only MyFlightbook OAuth2 import (seed 002). Owns the pilot's connection
 * ({@link aero.hobbs.myflightbook.MyFlightbookConnection}: consent, sealed tokens that
 * are refreshed and rotated) and the client for MyFlightbook's web service
 * ({@link aero.hobbs.myflightbook.MyFlightbookClient}), which calls only whitelisted read
 * methods, the pages that connect and disconnect it ({@code web}), and the sync jobs
 * ({@link aero.hobbs.myflightbook.MyFlightbookSync}): one active job per pilot, run on
 * db-scheduler, importing aircraft, flights, currency and totals through the other
 * modules' APIs. Publishes {@link aero.hobbs.myflightbook.MyFlightbookConnected} when a
 * pilot connects.
 */
@ApplicationModule(displayName = "MyFlightbook",
		allowedDependencies = { "logbook", "aircraft", "airports", "currency", "accounts", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.myflightbook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
