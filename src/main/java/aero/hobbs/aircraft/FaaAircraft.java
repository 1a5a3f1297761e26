package aero.hobbs.aircraft;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One aircraft of the FAA registry: its registration with the N ("N172SP"), make and
 * model as the registry spells them (upper case), and what they tell about the category
 * and class. {@code categoryClass} is empty for registry types Hobbs has no
 * category/class for (weight-shift control, powered parachute, other).
 */
public record FaaAircraft(String registration, String manufacturer, String model, @Nullable CategoryClass categoryClass,
		int engineCount, @Nullable EngineType engineType, @Nullable Integer yearManufactured) {

	/** The registry's TYPE ENGINE codes, 0 to 11. */
	public enum EngineType {

		NONE, RECIPROCATING, TURBOPROP, TURBOSHAFT, TURBOJET, TURBOFAN, RAMJET, TWO_CYCLE, FOUR_CYCLE, UNKNOWN,
		ELECTRIC, ROTARY;

		private static final Set<EngineType> TURBINES = Set.of(TURBOPROP, TURBOSHAFT, TURBOJET, TURBOFAN);

		public boolean turbine() {
			return TURBINES.contains(this);
		}

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * The engine type for the registry's code ("5" is a turbofan); empty if unknown.
		 */
		static Optional<EngineType> fromFaaCode(String code) {
			try {
				int ordinal = Integer.parseInt(code.trim());
				return ordinal >= 0 && ordinal < values().length ? Optional.of(values()[ordinal]) : Optional.empty();
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

		static Optional<EngineType> fromWire(String value) {
			return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
		}

	}

	/** The registry's make and model as one line, e.g. "CESSNA 172S". */
	public String makeAndModel() {
		return (manufacturer + " " + model).trim();
	}

}
