package aero.hobbs.aircraft;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An aircraft or a simulator in a pilot's list. A simulator ({@code simulator = true})
 * has an FSTD type and the category and class of what it simulates. {@code source} says
 * where the details came from ({@link #MANUAL}, {@link #FAA}, {@link #MYFLIGHTBOOK});
 * {@code verified} is false when they are a guess from imported model text that the pilot
 * has not checked yet.
 */
@Table("aircraft")
public record Aircraft(@Id UUID id, UUID ownerId, String registration, String registrationNormalized, String typeCode,
		@Nullable String model, CategoryClass categoryClass, int engineCount, boolean tailwheel, boolean complex,
		boolean highPerformance, boolean turbine, boolean glassCockpit, boolean simulator, @Nullable FstdType fstdType,
		boolean verified, String source, Instant createdAt, Instant updatedAt) {

	/** Typed by the pilot; counts as verified. */
	public static final String MANUAL = "manual";

	/** Make, model and category/class from the FAA registry. */
	public static final String FAA = "faa";

	/** Imported from MyFlightbook for a tail the FAA registry does not know. */
	public static final String MYFLIGHTBOOK = "myflightbook";

	private static final Pattern BLANKS_AND_DASHES = Pattern.compile("[\\s-]");

	public AircraftId aircraftId() {
		return new AircraftId(id);
	}

	/**
	 * Upper case without blanks or dashes: "C-GABC" and "cgabc" are the same aircraft.
	 */
	public static String normalize(String registration) {
		return BLANKS_AND_DASHES.matcher(registration).replaceAll("").toUpperCase(Locale.ROOT);
	}
}
