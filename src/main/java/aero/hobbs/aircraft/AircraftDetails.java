package aero.hobbs.aircraft;

import org.jspecify.annotations.Nullable;

/**
 * What a pilot enters for an aircraft, as strings and flags straight from a form or a
 * JSON body; the registry checks it. Absent flags are false; an absent engine count is 1.
 */
public record AircraftDetails(@Nullable String registration, @Nullable String typeCode, @Nullable String model,
		@Nullable String categoryClass, @Nullable Integer engineCount, boolean tailwheel, boolean complex,
		boolean highPerformance, boolean turbine, boolean glassCockpit, boolean simulator, @Nullable String fstdType) {
}
