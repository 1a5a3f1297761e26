/**
 * The flight record (the 64 partner columns plus what MyFlightbook carries), its
 * validation, totals and monthly rollups, the logbook pages, the CSV export and
 * `/v1/me/flight-logs`. A flight may also be recorded in an organization (flown in its
 * fleet aircraft, under its instructor): it stays in the pilot's logbook and the
 * organization sees it under `/v1/organizations/{id}/flight-logs`. Publishes
 * {@link aero.hobbs.logbook.OrganizationFlightLogged} and
 * {@link aero.hobbs.logbook.OrganizationFlightAmended} for flights in an organization.
 */
@ApplicationModule(displayName = "Logbook",
		allowedDependencies = { "aircraft", "aircraft :: fleet", "organizations", "airports", "accounts", "shared",
				"shared :: web" })
@NullMarked
package aero.hobbs.logbook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
