package aero.hobbs.aircraft.fleet;

import org.jspecify.annotations.Nullable;

/**
 * A fleet aircraft as given by a form or the API; {@code hourlyRate} is a decimal string
 * in the organization's currency, e.g. "180.00".
 */
public record FleetAircraftDetails(@Nullable String registration, @Nullable String typeCode, @Nullable String model,
		@Nullable String categoryClass, @Nullable Boolean simulator, @Nullable String fstdType,
		@Nullable String hourlyRate) {
}
