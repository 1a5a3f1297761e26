package aero.hobbs.aircraft;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Flight simulation training device qualification levels (FAA: FFS, FTD, AATD, BATD;
 * EASA: FNPT, BITD). The device class decides which currency credit a session earns (14
 * CFR 61.57(c)).
 */
public enum FstdType {

	FFS("Full flight simulator"), FTD("Flight training device"), AATD("Advanced aviation training device"),
	BATD("Basic aviation training device"), FNPT("Flight and navigation procedures trainer"),
	BITD("Basic instrument training device");

	private final String label;

	FstdType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<FstdType> fromWire(String value) {
		return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(value.trim())).findFirst();
	}

}
