package aero.hobbs.aircraft.fleet;

import org.jspecify.annotations.Nullable;

/**
 * A fleet aircraft as given by a form or the API; {@code hourlyRate} is a decimal string
 * in the organization's currency, e.g. "180.00". {@code currency}, when given, must be
 * the organization's.
 */
public record FleetAircraftDetails(@Nullable String registration, @Nullable String typeCode, @Nullable String model,
		@Nullable String categoryClass, @Nullable Boolean simulator, @Nullable String fstdType,
		@Nullable String hourlyRate, @Nullable String currency) {

	public FleetAircraftDetails(@Nullable String registration, @Nullable String typeCode, @Nullable String model,
			@Nullable String categoryClass, @Nullable Boolean simulator, @Nullable String fstdType,
			@Nullable String hourlyRate) {
		this(registration, typeCode, model, categoryClass, simulator, fstdType, hourlyRate, null);
	}

	/** The aircraft's details as they are now, to change some of them. */
	public static FleetAircraftDetails of(FleetAircraft aircraft) {
		return new FleetAircraftDetails(aircraft.registration(), aircraft.typeCode(), aircraft.model(),
				aircraft.categoryClass().wireName(), aircraft.simulator(),
				aircraft.fstdType() == null ? null : aircraft.fstdType().wireName(), aircraft.rate().formatted(),
				aircraft.currency());
	}

}
