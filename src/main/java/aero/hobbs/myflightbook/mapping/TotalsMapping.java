package aero.hobbs.myflightbook.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * Maps {@code TotalsForUserWithQuery} items (API spec §9) to a snapshot of totals by
 * dimension. Category/class, ICAO and model rows (groups 1 to 3) and aircraft features
 * (group 4) keep their description as the key; the standard logbook times (group 5) and
 * {@code Flights}/{@code Total Time} (group 7) have a dimension each; anything else,
 * notably the custom-property totals of group 6, is kept verbatim under {@code OTHER}.
 * Time totals become whole minutes (rounded half up), integer totals a count; decimal and
 * money totals keep the amount as sent.
 */
public final class TotalsMapping {

	private static final Logger log = LoggerFactory.getLogger(TotalsMapping.class);

	private static final Map<String, Dimension> CORE_FIELDS = Map.ofEntries(
			Map.entry("Cross Country", Dimension.CROSS_COUNTRY), Map.entry("Night", Dimension.NIGHT),
			Map.entry("Instrument Time", Dimension.INSTRUMENT), Map.entry("IMC", Dimension.ACTUAL_INSTRUMENT),
			Map.entry("Simulated Instrument", Dimension.SIMULATED_INSTRUMENT),
			Map.entry("Ground Simulator", Dimension.GROUND_SIMULATOR),
			Map.entry("Dual Received", Dimension.DUAL_RECEIVED), Map.entry("Instructor", Dimension.INSTRUCTION_GIVEN),
			Map.entry("SIC", Dimension.SIC), Map.entry("PIC", Dimension.PIC),
			Map.entry("Flight Time", Dimension.FLIGHT_TIME), Map.entry("Engine Time", Dimension.ENGINE_TIME),
			Map.entry("Hobbs", Dimension.HOBBS));

	public List<SnapshotTotal> map(JsonNode totalsForUser) {
		List<SnapshotTotal> totals = new ArrayList<>();
		for (JsonNode item : totalsForUser) {
			SnapshotTotal total = item.isObject() ? map1(item) : null;
			if (total == null) {
				log.info("Skipping a MyFlightbook totals item without a description or a readable value");
			}
			else {
				totals.add(total);
			}
		}
		return totals;
	}

	private static @Nullable SnapshotTotal map1(JsonNode item) {
		String description = MfbMembers.text(item, "Description");
		JsonNode value = item.get("Value");
		if (description.isEmpty()) {
			return null;
		}
		try {
			int group = MfbMembers.count(item, "Group");
			Unit unit = switch (MfbMembers.count(item, "NumericType")) {
				case 0 -> Unit.COUNT;
				case 2 -> Unit.MINUTES;
				case 3 -> Unit.MONEY;
				default -> Unit.DECIMAL;
			};
			BigDecimal amount = value == null || value.isNull() ? BigDecimal.ZERO : MfbMembers.decimal(value, "Value");
			amount = switch (unit) {
				case MINUTES -> BigDecimal.valueOf(MfbMembers.minutesOf(amount));
				case COUNT -> amount.setScale(0, RoundingMode.HALF_UP);
				default -> amount;
			};
			return new SnapshotTotal(dimension(group, description), description,
					MfbMembers.text(item, "SubDescription"), unit, amount);
		}
		catch (MfbMembers.Malformed | ArithmeticException e) {
			return null;
		}
	}

	private static Dimension dimension(int group, String description) {
		return switch (group) {
			case 1 -> Dimension.CATEGORY_CLASS;
			case 2 -> Dimension.ICAO_TYPE;
			case 3 -> Dimension.MODEL;
			case 4 -> Dimension.AIRCRAFT_FEATURE;
			case 5 -> CORE_FIELDS.getOrDefault(description, Dimension.OTHER);
			case 7 -> switch (description) {
				case "Flights" -> Dimension.FLIGHTS;
				case "Total Time" -> Dimension.TOTAL_TIME;
				default -> Dimension.OTHER;
			};
			default -> Dimension.OTHER;
		};
	}

	public enum Dimension {

		TOTAL_TIME, FLIGHTS, CATEGORY_CLASS, ICAO_TYPE, MODEL, AIRCRAFT_FEATURE, PIC, SIC, DUAL_RECEIVED,
		INSTRUCTION_GIVEN, CROSS_COUNTRY, NIGHT, INSTRUMENT, ACTUAL_INSTRUMENT, SIMULATED_INSTRUMENT, GROUND_SIMULATOR,
		FLIGHT_TIME, ENGINE_TIME, HOBBS,
		/** A description this mapping does not know, kept verbatim. */
		OTHER

	}

	public enum Unit {

		/** Whole minutes, from MyFlightbook's decimal hours. */
		MINUTES,
		/** A whole count (flights, landings, take-offs). */
		COUNT,
		/** A decimal amount as sent (e.g. fuel). */
		DECIMAL,
		/** Money as sent; MyFlightbook gives no currency code. */
		MONEY

	}

	/**
	 * One line of the MyFlightbook totals snapshot.
	 *
	 * @param description MyFlightbook's label, verbatim; the key within the dimension
	 * @param subDescription landings/approaches summary or note, "" when none
	 */
	public record SnapshotTotal(Dimension dimension, String description, String subDescription, Unit unit,
			BigDecimal amount) {

	}

}
