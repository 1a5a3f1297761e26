package aero.hobbs.logbook.web;

import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.FlightValues;
import aero.hobbs.logbook.TotalsRow;

/**
 * One line of the logbook table, formatted for reading (durations as h:mm, blanks for
 * empty columns).
 */
public record LogbookRow(String id, String date, String registration, String type, String from, String to, String out,
		String in, String block, String pic, String sic, String night, String ifr, String dual, String instruction,
		String landings, String approaches, String remarks) {

	static LogbookRow of(Flight flight) {
		FlightValues v = flight.values();
		int landings = v.number(FlightColumn.LANDINGS_DAY) + v.number(FlightColumn.LANDINGS_NIGHT);
		return new LogbookRow(flight.id().toString(), String.valueOf(v.date()),
				text(v, FlightColumn.AIRCRAFT_REGISTRATION), text(v, FlightColumn.AIRCRAFT_TYPE),
				text(v, FlightColumn.DEPARTURE_AIRPORT), text(v, FlightColumn.ARRIVAL_AIRPORT),
				text(v, FlightColumn.DEPARTURE_TIME), text(v, FlightColumn.ARRIVAL_TIME),
				time(v, FlightColumn.BLOCK_TIME_MINUTES), time(v, FlightColumn.PIC_TIME_MINUTES),
				time(v, FlightColumn.SIC_TIME_MINUTES), time(v, FlightColumn.NIGHT_MINUTES),
				time(v, FlightColumn.IFR_MINUTES), time(v, FlightColumn.DUAL_RECEIVED_MINUTES),
				time(v, FlightColumn.INSTRUCTION_GIVEN_MINUTES), landings == 0 ? "" : Integer.toString(landings),
				v.number(FlightColumn.INSTRUMENT_APPROACHES_COUNT) == 0 ? ""
						: Integer.toString(v.number(FlightColumn.INSTRUMENT_APPROACHES_COUNT)),
				text(v, FlightColumn.REMARKS));
	}

	private static String text(FlightValues values, FlightColumn column) {
		String text = values.text(column);
		return text == null ? "" : text;
	}

	private static String time(FlightValues values, FlightColumn column) {
		int minutes = values.number(column);
		return minutes == 0 ? "" : Durations.hm(minutes);
	}

	/** A totals line: durations as h:mm, counts as numbers. */
	public record TotalsView(long flights, String block, String pic, String sic, String night, String ifr, String dual,
			String instruction, long landings, long approaches) {

		static TotalsView of(TotalsRow row) {
			return new TotalsView(row.flights(), Durations.hm(row.block()), Durations.hm(row.pilotInCommand()),
					Durations.hm(row.secondInCommand()), Durations.hm(row.night()), Durations.hm(row.ifr()),
					Durations.hm(row.dualReceived()), Durations.hm(row.instructionGiven()), row.landings(),
					row.approaches());
		}
	}
}
