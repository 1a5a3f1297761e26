package aero.hobbs.logbook;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The values of a flight's columns, typed by {@link FlightColumn.Kind}: {@code LocalDate}
 * for dates, {@code String} for {@code HH:MM} times, codes and text, {@code Integer} for
 * minutes and counts, {@code Double} for coordinates, and the verbatim JSON text for
 * custom properties. Absent columns are null. Immutable.
 */
public final class FlightValues {

	private final EnumMap<FlightColumn, Object> values;

	private FlightValues(EnumMap<FlightColumn, Object> values) {
		this.values = values;
	}

	public static FlightValues empty() {
		return new FlightValues(new EnumMap<>(FlightColumn.class));
	}

	static FlightValues of(Map<FlightColumn, Object> values) {
		EnumMap<FlightColumn, Object> copy = new EnumMap<>(FlightColumn.class);
		values.forEach((column, value) -> {
			if (value != null) {
				copy.put(column, value);
			}
		});
		return new FlightValues(copy);
	}

	public @Nullable Object get(FlightColumn column) {
		return values.get(column);
	}

	/** Minutes or count of the column, 0 when absent. */
	public int number(FlightColumn column) {
		return values.get(column) instanceof Integer n ? n : 0;
	}

	public @Nullable String text(FlightColumn column) {
		return values.get(column) instanceof String s ? s : null;
	}

	public @Nullable LocalDate date() {
		return (LocalDate) values.get(FlightColumn.FLIGHT_DATE);
	}

	public FlightValues with(FlightColumn column, @Nullable Object value) {
		EnumMap<FlightColumn, Object> copy = new EnumMap<>(values);
		if (value == null) {
			copy.remove(column);
		}
		else {
			copy.put(column, value);
		}
		return new FlightValues(copy);
	}

	/**
	 * These values with {@code changes} laid over them; a change to null clears the
	 * column.
	 */
	public FlightValues overlay(Map<FlightColumn, @Nullable Object> changes) {
		EnumMap<FlightColumn, Object> copy = new EnumMap<>(values);
		changes.forEach((column, value) -> {
			if (value == null) {
				copy.remove(column);
			}
			else {
				copy.put(column, value);
			}
		});
		return new FlightValues(copy);
	}

	public Map<FlightColumn, Object> asMap() {
		return Collections.unmodifiableMap(values);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FlightValues that && values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	@Override
	public String toString() {
		return values.toString();
	}

}
