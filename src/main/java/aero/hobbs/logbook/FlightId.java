package aero.hobbs.logbook;

import java.util.UUID;

public record FlightId(UUID value) {

	public static FlightId of(String value) {
		return new FlightId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
