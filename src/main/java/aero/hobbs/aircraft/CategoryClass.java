package aero.hobbs.aircraft;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Category and class as FAA 14 CFR 61.5 and EASA licences name them; the wire value is
 * the lower-case name.
 */
public enum CategoryClass {

	ASEL("Airplane single-engine land"), AMEL("Airplane multi-engine land"), ASES("Airplane single-engine sea"),
	AMES("Airplane multi-engine sea"), HELICOPTER("Rotorcraft helicopter"), GYROPLANE("Rotorcraft gyroplane"),
	GLIDER("Glider"), BALLOON("Lighter-than-air balloon"), AIRSHIP("Lighter-than-air airship"),
	POWERED_LIFT("Powered lift");

	private final String label;

	CategoryClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<CategoryClass> fromWire(String value) {
		return Arrays.stream(values()).filter(c -> c.wireName().equalsIgnoreCase(value.trim())).findFirst();
	}

}
