package aero.hobbs.calendar.web;

import java.time.Instant;
import java.util.List;

import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.calendar.Reservation;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of a {@code reservation}. {@code status} is {@code confirmed} or
 * {@code cancelled}; {@code aircraft_registration} and {@code warnings} (e.g. the
 * aircraft is in maintenance now) are read-only and reflect the fleet as it is now.
 */
record ReservationResource(String aircraftId, @Nullable String aircraftRegistration, String memberId,
		@Nullable String instructorId, Instant startsAt, Instant endsAt, @Nullable String note, String status,
		List<String> warnings, String createdBy, Instant createdAt, Instant updatedAt, @Nullable Instant cancelledAt,
		@Nullable String cancelledBy) {

	static ApiResource<ReservationResource> of(Reservation r, @Nullable FleetAircraft aircraft) {
		return new ApiResource<>(r.id().toString(), "reservation",
				new ReservationResource(r.aircraftId().toString(), aircraft == null ? null : aircraft.registration(),
						r.memberId().toString(), r.instructorId() == null ? null : r.instructorId().toString(),
						r.startsAt(), r.endsAt(), r.note(), r.status(), CalendarWarnings.of(r, aircraft),
						r.createdBy().toString(), r.createdAt(), r.updatedAt(), r.cancelledAt(),
						r.cancelledBy() == null ? null : r.cancelledBy().toString()));
	}
}
