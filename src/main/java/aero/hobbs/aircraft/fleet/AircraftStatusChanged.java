package aero.hobbs.aircraft.fleet;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/** A fleet aircraft's status changed ({@code from} is null when it was added). */
public record AircraftStatusChanged(OrganizationId organizationId, UUID aircraftId, String registration,
		@Nullable FleetStatus from, FleetStatus to, UserId changedBy) {
}
