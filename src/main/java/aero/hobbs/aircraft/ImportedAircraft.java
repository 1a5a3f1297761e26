package aero.hobbs.aircraft;

import org.jspecify.annotations.Nullable;

/**
 * An aircraft as an importer found it, for {@link AircraftRegistry#adoptImported}: its
 * registration, the source's model text (MyFlightbook's "Cessna Skyhawk SP"), and the
 * type designator and category/class if the source knows them. A simulator is never
 * looked up in the FAA registry.
 */
public record ImportedAircraft(String registration, @Nullable String model, @Nullable String typeCode,
		@Nullable CategoryClass categoryClass, boolean simulator, @Nullable FstdType fstdType) {

	/** A real aircraft known only by its registration and model text. */
	public static ImportedAircraft of(String registration, @Nullable String model) {
		return new ImportedAircraft(registration, model, null, null, false, null);
	}

}
