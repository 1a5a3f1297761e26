package aero.hobbs.logbook;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Narrows a logbook listing: flight dates from and to (inclusive), and an aircraft
 * registration.
 */
public record FlightFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String aircraft) {

	public static final FlightFilter NONE = new FlightFilter(null, null, null);

}
