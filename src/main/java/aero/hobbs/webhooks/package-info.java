/**
 * Webhooks: organization admins add endpoints and pick events; domain events from the
 * organizations, logbook, fleet and accounting modules become deliveries (one per event
 * and endpoint, the body frozen when the event happened) signed as Standard Webhooks
 * specifies, attempted at once and retried with backoff for over a day by a db-scheduler
 * poll, with a delivery log, manual redelivery and automatic disabling of endpoints that
 * keep failing. It listens only (after commit, through the event publication registry)
 * and publishes no events.
 */
@ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "organizations", "logbook", "aircraft :: fleet", "accounting", "shared",
				"shared :: web" })
@NullMarked
package aero.hobbs.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
