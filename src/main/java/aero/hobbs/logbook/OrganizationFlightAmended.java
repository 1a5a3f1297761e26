package aero.hobbs.logbook;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;

/**
 * A flight recorded in the organization was changed, by its pilot or by a manager
 * ({@code amendedBy}) (webhook {@code flight_log.updated}).
 */
public record OrganizationFlightAmended(OrganizationId organizationId, FlightId flightId, UserId pilot,
		UserId amendedBy) {
}
