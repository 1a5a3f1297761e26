package aero.hobbs.calendar.web;

import aero.hobbs.calendar.EventDetails;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** A {@code calendar_event} as a client sends it; the module checks every field. */
record EventRequest(@Schema(example = "Ground school: meteorology") @Nullable String title,
		@Nullable String description,
		@Schema(description = "ground_school, meeting, exam, maintenance or other (the default)",
				example = "ground_school") @Nullable String kind,
		@Schema(description = "ISO-8601 with an offset", example = "2026-12-05T08:00:00Z") @Nullable String startsAt,
		@Schema(description = "ISO-8601 with an offset; after starts_at",
				example = "2026-12-05T10:00:00Z") @Nullable String endsAt,
		@Schema(description = "A fleet aircraft the event is about") @Nullable String aircraftId,
		@Schema(description = "A member whose role is instructor, admin or owner") @Nullable String instructorId) {

	EventDetails details() {
		return new EventDetails(title, description, kind, startsAt, endsAt, aircraftId, instructorId);
	}
}
