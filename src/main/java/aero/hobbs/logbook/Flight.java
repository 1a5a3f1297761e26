package aero.hobbs.logbook;

import java.time.Instant;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/** One flight (or simulator session) in one pilot's logbook. */
public record Flight(FlightId id, UserId pilot, @Nullable UUID aircraftId, FlightValues values, Provenance provenance,
		Instant createdAt, Instant updatedAt) {
}
