package aero.hobbs.logbook;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * Where a flight was recorded in an organization: flown in its fleet aircraft
 * {@code aircraftId}, under {@code instructor} (a member) when one is named.
 */
public record FlightOrganization(OrganizationId organizationId, UUID aircraftId, @Nullable UserId instructor) {
}
