package aero.hobbs.aircraft;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How an imported aircraft becomes one of the pilot's: from the FAA registry when it
 * knows the tail, else from the importer's model text, marked unverified.
 */
final class AircraftAdoption {

	/** The type code when neither the importer nor the model text gives one. */
	static final String UNKNOWN_TYPE = "UNKN";

	private AircraftAdoption() {
	}

	/**
	 * Make, model, engines and category/class from the registry; verified unless the
	 * registry has no Hobbs category/class for it (weight-shift control, powered
	 * parachute), which is then the importer's, or ASEL.
	 */
	static Aircraft fromRegistry(UUID owner, String registration, FaaAircraft faa, ImportedAircraft imported,
			Instant now) {
		CategoryClass categoryClass = faa.categoryClass() != null ? faa.categoryClass()
				: imported.categoryClass() != null ? imported.categoryClass() : CategoryClass.ASEL;
		String typeCode = typeCode(imported.typeCode(), faa.model());
		boolean turbine = faa.engineType() != null && faa.engineType().turbine();
		return new Aircraft(UUID.randomUUID(), owner, registration, Aircraft.normalize(registration), typeCode,
				model(faa.makeAndModel()), categoryClass, Math.clamp(faa.engineCount(), 0, 8), false, false, false,
				turbine, false, false, null, faa.categoryClass() != null, Aircraft.FAA, now, now);
	}

	/**
	 * The importer's model text, type and category/class (ASEL when it has none), marked
	 * unverified for the pilot to check.
	 */
	static Aircraft unverified(UUID owner, String registration, ImportedAircraft imported, Instant now) {
		CategoryClass categoryClass = imported.categoryClass() != null ? imported.categoryClass() : CategoryClass.ASEL;
		String model = model(imported.model());
		return new Aircraft(UUID.randomUUID(), owner, registration, Aircraft.normalize(registration),
				typeCode(imported.typeCode(), model), model, categoryClass, engines(categoryClass), false, false, false,
				false, false, imported.simulator(), imported.simulator() ? imported.fstdType() : null, false,
				Aircraft.MYFLIGHTBOOK, now, now);
	}

	/**
	 * The importer's type if it gave one, else the model text's first word ("172S" of
	 * "172S Skyhawk", "R44" of "R44 II"), upper case without dashes, at most 20
	 * characters; "UNKN" when there is neither. Not an ICAO designator: the pilot can
	 * correct it.
	 */
	static String typeCode(@Nullable String given, @Nullable String model) {
		String type = given == null || given.isBlank() ? firstWord(model) : given;
		type = type.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (type.isEmpty()) {
			return UNKNOWN_TYPE;
		}
		return type.length() > 20 ? type.substring(0, 20) : type;
	}

	private static String firstWord(@Nullable String model) {
		if (model == null || model.isBlank()) {
			return "";
		}
		return model.trim().split("\\s+")[0];
	}

	/**
	 * Blanks collapsed, at most 100 characters (the column's size): an import never fails
	 * on it.
	 */
	private static @Nullable String model(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String model = text.trim().replaceAll("\\s+", " ");
		return model.length() > 100 ? model.substring(0, 100) : model;
	}

	private static int engines(CategoryClass categoryClass) {
		return switch (categoryClass) {
			case AMEL, AMES -> 2;
			case GLIDER, BALLOON -> 0;
			default -> 1;
		};
	}

}
