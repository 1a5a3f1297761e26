/**
 * The read-only MyFlightbook OAuth2 import (seed 002). The base package holds the sync
 * jobs ({@link aero.hobbs.myflightbook.MyFlightbookSync}: one active job per pilot, run
 * on db-scheduler, importing aircraft, flights, currency and totals through the other
 * modules' APIs) and the totals snapshot. {@code client} owns the pilot's connection
 * (consent, sealed tokens that are refreshed and rotated; the tokens never leave it) and
 * the web-service client, which calls only whitelisted read methods; {@code mapping}
 * turns MyFlightbook's JSON into flights, currency items and totals (pure code);
 * {@code web} holds the pages and {@code /v1} endpoints. Publishes
 * {@link aero.hobbs.myflightbook.MyFlightbookConnected} when a pilot connects.
 */
@ApplicationModule(displayName = "MyFlightbook",
		allowedDependencies = { "logbook", "aircraft", "airports", "currency", "accounts", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.myflightbook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
