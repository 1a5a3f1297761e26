package aero.hobbs.logbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import aero.hobbs.shared.FieldIssue;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads flight attributes as a client sends them (a JSON object's members, or a form's
 * fields as strings) into typed column values, collecting one issue per field that cannot
 * be read. A member sent as null or "" clears the column.
 */
public final class FlightInput {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern AIRPORT_CODE = Pattern.compile("[A-Z0-9-]+");

	/**
	 * Attributes that answers carry but clients do not write; sending them back is
	 * harmless and they are ignored.
	 */
	static final Set<String> READ_ONLY = Set.of("id", "type", "aircraft_id", "organization_id", "source", "source_id",
			"imported_at", "import_run_id", "created_at", "updated_at");

	static final int MAX_MINUTES = 48 * 60;
	static final int MAX_COUNT = 999;

	private static final Pattern TIME = Pattern.compile("^([01]?\\d|2[0-3]):([0-5]\\d)$");

	private final Map<FlightColumn, @Nullable Object> changes;

	private final List<FieldIssue> issues;

	private FlightInput(Map<FlightColumn, @Nullable Object> changes, List<FieldIssue> issues) {
		this.changes = changes;
		this.issues = issues;
	}

	public static FlightInput parse(Map<String, ?> attributes, JsonMapper json) {
		Map<FlightColumn, @Nullable Object> changes = new LinkedHashMap<>();
		List<FieldIssue> issues = new ArrayList<>();
		attributes.forEach((name, raw) -> {
			if (READ_ONLY.contains(name)) {
				return;
			}
			FlightColumn column = FlightColumn.byWireName(name).orElse(null);
			if (column == null) {
				issues.add(new FieldIssue(name, "Unknown field; the flight_log schema lists the fields a flight has"));
				return;
			}
			try {
				changes.put(column, read(column, raw, json));
			}
			catch (IllegalArgumentException e) {
				issues.add(new FieldIssue(name, e.getMessage()));
			}
		});
		return new FlightInput(changes, issues);
	}

	/** The columns the input names, with their new values (null to clear). */
	public Map<FlightColumn, @Nullable Object> changes() {
		return changes;
	}

	public List<FieldIssue> issues() {
		return issues;
	}

	private static @Nullable Object read(FlightColumn column, @Nullable Object raw, JsonMapper json) {
		if (raw == null || raw instanceof String s && s.isBlank()) {
			return null;
		}
		return switch (column.kind()) {
			case DATE -> date(raw);
			case TIME -> time(raw);
			case MINUTES -> whole(raw, MAX_MINUTES, "whole minutes between 0 and " + MAX_MINUTES + " (48 hours)");
			case COUNT -> whole(raw, MAX_COUNT, "a whole number between 0 and " + MAX_COUNT);
			case LATITUDE -> degrees(raw, 90, "a latitude in decimal degrees between -90 and 90");
			case LONGITUDE -> degrees(raw, 180, "a longitude in decimal degrees between -180 and 180");
			case AIRPORT -> code(raw);
			case TEXT -> text(raw, 200);
			case LONG_TEXT -> text(raw, 4000);
			case JSON -> jsonObject(raw, json);
		};
	}

	private static LocalDate date(Object raw) {
		String text = raw.toString().trim();
		if (!ISO_DATE.matcher(text).matches()) {
			throw new IllegalArgumentException("Date must be in YYYY-MM-DD format");
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(text + " is not a real date");
		}
	}

	private static String time(Object raw) {
		Matcher m = TIME.matcher(raw.toString().trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("Time must be in HH:MM format (UTC, 00:00 to 23:59)");
		}
		return String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(m.group(1)), m.group(2));
	}

	private static Integer whole(Object raw, int max, String expected) {
		BigDecimal number;
		try {
			number = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(raw.toString().trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("Must be " + expected);
		}
		if (number.signum() < 0) {
			throw new IllegalArgumentException("Must not be negative: use " + expected);
		}
		if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new IllegalArgumentException("Must be " + expected);
		}
		return number.intValueExact();
	}

	private static Double degrees(Object raw, int limit, String expected) {
		double value;
		try {
			value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("Must be " + expected);
		}
		if (Double.isNaN(value) || value < -limit || value > limit) {
			throw new IllegalArgumentException("Must be " + expected);
		}
		return value;
	}

	private static String code(Object raw) {
		if (!(raw instanceof String s)) {
			throw new IllegalArgumentException("Must be an airport code such as CYTZ, KJFK or JFK");
		}
		String code = s.trim().toUpperCase(Locale.ROOT);
		if (code.length() > 10 || !AIRPORT_CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Must be an airport code such as CYTZ, KJFK or JFK");
		}
		return code;
	}

	private static String text(Object raw, int max) {
		if (raw instanceof Map || raw instanceof List) {
			throw new IllegalArgumentException("Must be text");
		}
		String text = raw.toString().trim();
		if (text.length() > max) {
			throw new IllegalArgumentException("Must be at most " + max + " characters");
		}
		return text;
	}

	private static String jsonObject(Object raw, JsonMapper json) {
		Object value = raw;
		if (raw instanceof String s) {
			try {
				value = json.readValue(s, Object.class);
			}
			catch (RuntimeException e) {
				throw new IllegalArgumentException("Must be a JSON object");
			}
		}
		if (!(value instanceof Map)) {
			throw new IllegalArgumentException("Must be a JSON object");
		}
		String text = json.writeValueAsString(value);
		if (text.length() > 20_000) {
			throw new IllegalArgumentException("Must be at most 20,000 characters of JSON");
		}
		return text;
	}

}
