package aero.hobbs.logbook;

import java.util.List;

/**
 * One page of a logbook listing, newest first, with the count of everything the filter
 * matches.
 */
public record FlightPage(List<Flight> flights, long total) {
}
