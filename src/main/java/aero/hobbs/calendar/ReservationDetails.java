package aero.hobbs.calendar;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A reservation as a client sends it, unchecked: instants are ISO-8601 with an offset,
 * ids are UUIDs; no {@code memberId} means the caller books for themselves.
 */
public record ReservationDetails(@Nullable String aircraftId, @Nullable String memberId, @Nullable String instructorId,
		@Nullable String startsAt, @Nullable String endsAt, @Nullable String note) {

	static ReservationDetails of(Reservation reservation) {
		return new ReservationDetails(reservation.aircraftId().toString(), reservation.memberId().toString(),
				Inputs.text(reservation.instructorId()), reservation.startsAt().toString(),
				reservation.endsAt().toString(), reservation.note());
	}

	/** These details with the fields {@code changes} names (wire names) replaced. */
	ReservationDetails with(Map<String, ?> changes) {
		Inputs.Changes c = new Inputs.Changes(changes);
		ReservationDetails changed = new ReservationDetails(c.get("aircraft_id", aircraftId),
				c.get("member_id", memberId), c.get("instructor_id", instructorId), c.get("starts_at", startsAt),
				c.get("ends_at", endsAt), c.get("note", note));
		c.check();
		return changed;
	}

}
