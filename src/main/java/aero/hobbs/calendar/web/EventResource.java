package aero.hobbs.calendar.web;

import java.time.Instant;

import aero.hobbs.calendar.CalendarEvent;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of a {@code calendar_event}: instants in UTC (ISO-8601); the
 * organization's time zone is for display.
 */
record EventResource(String title, @Nullable String description, String kind, Instant startsAt, Instant endsAt,
		@Nullable String aircraftId, @Nullable String instructorId, String createdBy, Instant createdAt,
		Instant updatedAt) {

	static ApiResource<EventResource> of(CalendarEvent e) {
		return new ApiResource<>(e.id().toString(), "calendar_event",
				new EventResource(e.title(), e.description(), e.kind().wireName(), e.startsAt(), e.endsAt(),
						e.aircraftId() == null ? null : e.aircraftId().toString(),
						e.instructorId() == null ? null : e.instructorId().toString(), e.createdBy().toString(),
						e.createdAt(), e.updatedAt()));
	}
}
