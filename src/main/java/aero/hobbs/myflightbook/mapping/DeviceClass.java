package aero.hobbs.myflightbook.mapping;

import java.util.Arrays;
import java.util.Optional;

import aero.hobbs.aircraft.FstdType;

import org.jspecify.annotations.Nullable;

/**
 * MyFlightbook's {@code AircraftInstanceTypes} (API spec §7, §12) as the flight's
 * {@code device_class}, with what the device may be credited with: instrument approaches
 * and holds toward 14 CFR 61.57(c), landings toward 61.57(a)/(b). An ATD is not said to
 * be advanced or basic, so it gets no {@code fstd_type}.
 */
public enum DeviceClass {

	REAL_AIRCRAFT(1, "real", null), UNCERTIFIED_SIMULATOR(2, "uncertified", null), FTD(3, "ftd", FstdType.FTD),
	FFS(4, "ffs", FstdType.FFS), ATD(5, "atd", null);

	private final int instanceType;

	private final String wireName;

	private final @Nullable FstdType fstdType;

	DeviceClass(int instanceType, String wireName, @Nullable FstdType fstdType) {
		this.instanceType = instanceType;
		this.wireName = wireName;
		this.fstdType = fstdType;
	}

	public static Optional<DeviceClass> of(int instanceType) {
		return Arrays.stream(values()).filter(d -> d.instanceType == instanceType).findFirst();
	}

	/** The value of the flight's {@code device_class} column. */
	String wireName() {
		return wireName;
	}

	@Nullable FstdType fstdType() {
		return fstdType;
	}

	boolean simulator() {
		return this != REAL_AIRCRAFT;
	}

}
