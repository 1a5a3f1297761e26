package aero.hobbs.aircraft;

import java.util.UUID;

public record AircraftId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
