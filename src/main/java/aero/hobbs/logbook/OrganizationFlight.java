package aero.hobbs.logbook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * A flight recorded in an organization, as another module (accounting) needs it to charge
 * for it: {@code aircraftId} is the fleet aircraft, {@code blockTime} the time flown
 * (block time, or the simulator time of a simulator session), {@code instructionTime} the
 * dual instruction the pilot received (zero when none), {@code departure} and
 * {@code destination} airport codes.
 */
public record OrganizationFlight(FlightId flightId, OrganizationId organizationId, UserId pilot, UUID aircraftId,
		@Nullable UserId instructor, LocalDate date, Duration blockTime, Duration instructionTime, String registration,
		@Nullable String departure, @Nullable String destination) {

	static OrganizationFlight of(Flight flight) {
		FlightOrganization organization = flight.organization();
		if (organization == null) {
			throw new IllegalArgumentException("Flight " + flight.id() + " is not recorded in an organization");
		}
		FlightValues values = flight.values();
		int flown = Math.max(values.number(FlightColumn.BLOCK_TIME_MINUTES),
				values.number(FlightColumn.SIMULATOR_MINUTES));
		String registration = values.text(FlightColumn.AIRCRAFT_REGISTRATION);
		return new OrganizationFlight(flight.id(), organization.organizationId(), flight.pilot(),
				organization.aircraftId(), organization.instructor(), values.date(), Duration.ofMinutes(flown),
				Duration.ofMinutes(values.number(FlightColumn.DUAL_RECEIVED_MINUTES)),
				registration == null ? "" : registration, values.text(FlightColumn.DEPARTURE_AIRPORT),
				values.text(FlightColumn.ARRIVAL_AIRPORT));
	}

}
