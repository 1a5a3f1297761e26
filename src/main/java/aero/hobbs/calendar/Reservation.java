package aero.hobbs.calendar;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member's reservation of a fleet aircraft over {@code [startsAt, endsAt)} (UTC
 * instants). A cancelled reservation keeps its row (and who cancelled it, when) but no
 * longer holds the aircraft.
 */
public record Reservation(UUID id, UUID organizationId, UUID aircraftId, UUID memberId, @Nullable UUID instructorId,
		Instant startsAt, Instant endsAt, @Nullable String note, UUID createdBy, Instant createdAt, Instant updatedAt,
		@Nullable Instant cancelledAt, @Nullable UUID cancelledBy) {

	public boolean cancelled() {
		return cancelledAt != null;
	}

	/** {@code confirmed} or {@code cancelled}, as the API spells it. */
	public String status() {
		return cancelled() ? "cancelled" : "confirmed";
	}

}
