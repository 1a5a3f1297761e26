package aero.hobbs.calendar;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;

/** A reservation was cancelled; its aircraft is free again for that time. */
public record ReservationCancelled(OrganizationId organizationId, UUID reservationId, UUID aircraftId, UUID memberId) {
}
