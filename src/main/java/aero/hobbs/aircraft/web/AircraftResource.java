package aero.hobbs.aircraft.web;

import java.time.Instant;

import aero.hobbs.aircraft.Aircraft;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of an {@code aircraft} resource. {@code verified} and {@code source}
 * (manual, faa, myflightbook) are read-only: an update by the pilot marks it verified.
 */
record AircraftResource(String registration, String typeCode, @Nullable String model, String categoryClass,
		int engineCount, boolean tailwheel, boolean complex, boolean highPerformance, boolean turbine,
		boolean glassCockpit, boolean simulator, @Nullable String fstdType, boolean verified, String source,
		Instant createdAt, Instant updatedAt) {

	static ApiResource<AircraftResource> of(Aircraft a) {
		return new ApiResource<>(a.id().toString(), "aircraft",
				new AircraftResource(a.registration(), a.typeCode(), a.model(), a.categoryClass().wireName(),
						a.engineCount(), a.tailwheel(), a.complex(), a.highPerformance(), a.turbine(), a.glassCockpit(),
						a.simulator(), a.fstdType() == null ? null : a.fstdType().wireName(), a.verified(), a.source(),
						a.createdAt(), a.updatedAt()));
	}
}
