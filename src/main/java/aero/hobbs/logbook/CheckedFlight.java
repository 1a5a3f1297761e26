package aero.hobbs.logbook;

import java.util.List;

import aero.hobbs.shared.FieldIssue;

/**
 * A flight as the logbook would store it (airports resolved, type filled from the pilot's
 * aircraft, block time derived), with every rule it breaks.
 */
public record CheckedFlight(FlightValues values, List<FieldIssue> issues) {

	public boolean valid() {
		return issues.isEmpty();
	}

}
