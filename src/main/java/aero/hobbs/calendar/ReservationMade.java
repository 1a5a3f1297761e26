package aero.hobbs.calendar;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;

/** A member reserved a fleet aircraft (for themselves, or booked by a scheduler). */
public record ReservationMade(OrganizationId organizationId, UUID reservationId, UUID aircraftId, UUID memberId) {
}
