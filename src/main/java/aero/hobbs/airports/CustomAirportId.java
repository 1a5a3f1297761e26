package aero.hobbs.airports;

import java.util.UUID;

public record CustomAirportId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
