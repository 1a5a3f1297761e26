package aero.hobbs.logbook;

/**
 * Sums over a set of flights. Times are in minutes; {@code landings} counts day and night
 * landings, {@code ifr} is the {@code ifr_minutes} column.
 */
public record TotalsRow(long flights, long block, long pilotInCommand, long secondInCommand, long night, long ifr,
		long dualReceived, long instructionGiven, long landings, long approaches) {

	public static final TotalsRow ZERO = new TotalsRow(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	public TotalsRow plus(TotalsRow other) {
		return new TotalsRow(flights + other.flights, block + other.block, pilotInCommand + other.pilotInCommand,
				secondInCommand + other.secondInCommand, night + other.night, ifr + other.ifr,
				dualReceived + other.dualReceived, instructionGiven + other.instructionGiven, landings + other.landings,
				approaches + other.approaches);
	}
}
