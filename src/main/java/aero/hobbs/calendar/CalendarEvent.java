package aero.hobbs.calendar;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event of an organization's calendar over {@code [startsAt, endsAt)} (UTC instants,
 * shown in the organization's time zone), optionally about one fleet aircraft and with an
 * instructor (a member's user id).
 */
public record CalendarEvent(UUID id, UUID organizationId, String title, @Nullable String description, EventKind kind,
		Instant startsAt, Instant endsAt, @Nullable UUID aircraftId, @Nullable UUID instructorId, UUID createdBy,
		Instant createdAt, Instant updatedAt) {
}
