package aero.hobbs.logbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import aero.hobbs.shared.FieldIssue;

/**
 * The rules a whole flight must keep, beyond each field's own format. Component times
 * (PIC, SIC, night, IFR, dual, cross-country, ...) are parts of the time flown, so none
 * may exceed it; for a simulator session the time flown is the simulator or
 * ground-trainer time, so the limit is the largest of block, simulator and ground-trainer
 * minutes.
 */
final class FlightRules {

	static final Set<String> FLIGHT_RULES = Set.of("VFR", "IFR", "SVFR", "Y", "Z");

	private FlightRules() {
	}

	static List<FieldIssue> check(FlightValues flight, LocalDate today) {
		List<FieldIssue> issues = new ArrayList<>();
		LocalDate date = flight.date();
		if (date == null) {
			issues.add(new FieldIssue("flight_date", "Date is required, in YYYY-MM-DD format"));
		}
		else if (date.isAfter(today.plusDays(1))) {
			issues.add(new FieldIssue("flight_date", "Date is in the future; log a flight once it has been flown"));
		}
		if (flight.get(FlightColumn.FSTD_DATE) instanceof LocalDate fstd && fstd.isAfter(today.plusDays(1))) {
			issues.add(new FieldIssue("fstd_date", "Date is in the future"));
		}
		int block = flight.number(FlightColumn.BLOCK_TIME_MINUTES);
		int limit = Math.max(block, Math.max(flight.number(FlightColumn.SIMULATOR_MINUTES),
				flight.number(FlightColumn.GROUND_TRAINER_MINUTES)));
		for (FlightColumn column : FlightColumn.values()) {
			if (column.kind() == FlightColumn.Kind.MINUTES && isComponent(column) && flight.number(column) > limit) {
				issues.add(new FieldIssue(column.wireName(), "Must not exceed the block time (" + limit + " minutes)"));
			}
		}
		if (flight.number(FlightColumn.DAY_MINUTES) + flight.number(FlightColumn.NIGHT_MINUTES) > limit) {
			issues.add(new FieldIssue("night_minutes",
					"Day and night minutes together must not exceed the block time (" + limit + " minutes)"));
		}
		if (flight.number(FlightColumn.FULL_STOP_LANDINGS_DAY) > flight.number(FlightColumn.LANDINGS_DAY)) {
			issues.add(new FieldIssue("full_stop_landings_day", "Must not exceed the day landings"));
		}
		if (flight.number(FlightColumn.FULL_STOP_LANDINGS_NIGHT) > flight.number(FlightColumn.LANDINGS_NIGHT)) {
			issues.add(new FieldIssue("full_stop_landings_night", "Must not exceed the night landings"));
		}
		String rules = flight.text(FlightColumn.FLIGHT_RULES);
		if (rules != null && !FLIGHT_RULES.contains(rules)) {
			issues.add(new FieldIssue("flight_rules",
					"Must be one of VFR, IFR, SVFR, Y (IFR then VFR), Z (VFR then IFR)"));
		}
		return issues;
	}

	private static boolean isComponent(FlightColumn column) {
		return column != FlightColumn.BLOCK_TIME_MINUTES && column != FlightColumn.SIMULATOR_MINUTES
				&& column != FlightColumn.GROUND_TRAINER_MINUTES;
	}

}
