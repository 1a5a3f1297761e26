package aero.hobbs.aircraft.fleet;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One change of a fleet aircraft's status: who made it, when, and why. */
@Table("fleet_status_change")
public record FleetStatusChange(@Id UUID id, UUID aircraftId, UUID organizationId, @Nullable FleetStatus fromStatus,
		FleetStatus toStatus, @Nullable String note, UUID changedBy, Instant changedAt) {
}
