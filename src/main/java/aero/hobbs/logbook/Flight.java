package aero.hobbs.logbook;

import java.time.Instant;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * One flight (or simulator session) in one pilot's logbook; {@code organization} is set
 * when it was recorded in an organization.
 */
public record Flight(FlightId id, UserId pilot, @Nullable UUID aircraftId, FlightValues values, Provenance provenance,
		Instant createdAt, Instant updatedAt, @Nullable FlightOrganization organization) {

	/** A flight of the pilot's own, in no organization. */
	public Flight(FlightId id, UserId pilot, @Nullable UUID aircraftId, FlightValues values, Provenance provenance,
			Instant createdAt, Instant updatedAt) {
		this(id, pilot, aircraftId, values, provenance, createdAt, updatedAt, null);
	}

}
