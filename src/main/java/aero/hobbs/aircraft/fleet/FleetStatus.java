package aero.hobbs.aircraft.fleet;

import java.util.Locale;
import java.util.Optional;

/** Whether a fleet aircraft can be booked and flown. */
public enum FleetStatus {

	AVAILABLE("Available"), MAINTENANCE("In maintenance"), GROUNDED("Grounded");

	private final String label;

	FleetStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<FleetStatus> fromWire(String value) {
		for (FleetStatus status : values()) {
			if (status.wireName().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
