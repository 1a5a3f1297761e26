package aero.hobbs.calendar.web;

import java.util.List;

import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.aircraft.fleet.FleetStatus;
import aero.hobbs.calendar.Reservation;

import org.jspecify.annotations.Nullable;

/**
 * What a member should know about a live reservation: an aircraft in maintenance may be
 * reserved (it is expected back), but whether it will be ready is up to the school.
 */
final class CalendarWarnings {

	private CalendarWarnings() {
	}

	static List<String> of(Reservation reservation, @Nullable FleetAircraft aircraft) {
		if (reservation.cancelled()) {
			return List.of();
		}
		if (aircraft == null) {
			return List.of("The aircraft is no longer in the fleet");
		}
		if (aircraft.status() == FleetStatus.MAINTENANCE) {
			return List.of(aircraft.registration()
					+ " is in maintenance now: check that it is back in service before the flight");
		}
		if (aircraft.status() == FleetStatus.GROUNDED) {
			return List.of(aircraft.registration() + " is grounded now: this reservation was made before");
		}
		return List.of();
	}

}
