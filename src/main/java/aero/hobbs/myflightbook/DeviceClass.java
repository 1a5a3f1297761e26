package aero.hobbs.myflightbook;

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
enum DeviceClass {

	REAL_AIRCRAFT(1, "real", null, true, true), UNCERTIFIED_SIMULATOR(2, "uncertified", null, false, false),
	FTD(3, "ftd", FstdType.FTD, true, false), FFS(4, "ffs", FstdType.FFS, true, true), ATD(5, "atd", null, true, false);

	private final int instanceType;

	private final String wireName;

	private final @Nullable FstdType fstdType;

	private final boolean countsApproaches;

	private final boolean countsLandings;

	DeviceClass(int instanceType, String wireName, @Nullable FstdType fstdType, boolean countsApproaches,
			boolean countsLandings) {
		this.instanceType = instanceType;
		this.wireName = wireName;
		this.fstdType = fstdType;
		this.countsApproaches = countsApproaches;
		this.countsLandings = countsLandings;
	}

	static Optional<DeviceClass> of(int instanceType) {
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

	boolean countsApproaches() {
		return countsApproaches;
	}

	boolean countsLandings() {
		return countsLandings;
	}

}
