package aero.hobbs.logbook.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.FlightValues;

import org.jspecify.annotations.Nullable;

/**
 * One line of an organization's flight list, with durations as h:mm; names are of current
 * members (a former member's show as null).
 */
record OrganizationFlightRow(UUID id, @Nullable LocalDate date, UUID pilotId, @Nullable String pilot,
		@Nullable String registration, @Nullable String departure, @Nullable String arrival, String block, String dual,
		@Nullable String instructor, int landings, @Nullable String remarks) {

	static OrganizationFlightRow of(Flight flight, Map<UUID, String> names) {
		FlightValues v = flight.values();
		UUID instructor = flight.organization() == null || flight.organization().instructor() == null ? null
				: flight.organization().instructor().value();
		int dual = v.number(FlightColumn.DUAL_RECEIVED_MINUTES);
		return new OrganizationFlightRow(flight.id().value(), v.date(), flight.pilot().value(),
				names.get(flight.pilot().value()), v.text(FlightColumn.AIRCRAFT_REGISTRATION),
				v.text(FlightColumn.DEPARTURE_AIRPORT), v.text(FlightColumn.ARRIVAL_AIRPORT),
				Durations
					.hm(Math.max(v.number(FlightColumn.BLOCK_TIME_MINUTES), v.number(FlightColumn.SIMULATOR_MINUTES))),
				dual == 0 ? "" : Durations.hm(dual),
				instructor == null ? v.text(FlightColumn.INSTRUCTOR_NAME)
						: names.getOrDefault(instructor, v.text(FlightColumn.INSTRUCTOR_NAME)),
				v.number(FlightColumn.LANDINGS_DAY) + v.number(FlightColumn.LANDINGS_NIGHT),
				v.text(FlightColumn.REMARKS));
	}

}
