package aero.hobbs.logbook;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;

/** A member logged a flight in the organization (webhook {@code flight_log.created}). */
public record OrganizationFlightLogged(OrganizationId organizationId, FlightId flightId, UserId pilot) {
}
