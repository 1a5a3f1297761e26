package aero.hobbs.calendar.web;

import aero.hobbs.calendar.ReservationDetails;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** A {@code reservation} as a client sends it; the module checks every field. */
record ReservationRequest(@Schema(description = "A fleet aircraft of the organization") @Nullable String aircraftId,
		@Schema(description = "Whom the aircraft is reserved for; the caller when absent (another member needs "
				+ "calendar_manage)") @Nullable String memberId,
		@Schema(description = "A member whose role is instructor, admin or owner") @Nullable String instructorId,
		@Schema(description = "ISO-8601 with an offset", example = "2026-12-05T08:00:00Z") @Nullable String startsAt,
		@Schema(description = "ISO-8601 with an offset; after starts_at (ranges are half-open)",
				example = "2026-12-05T10:00:00Z") @Nullable String endsAt,
		@Schema(description = "Purpose or note, up to 500 characters") @Nullable String note) {

	ReservationDetails details() {
		return new ReservationDetails(aircraftId, memberId, instructorId, startsAt, endsAt, note);
	}
}
