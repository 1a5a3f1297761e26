package aero.hobbs.myflightbook.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads members of MyFlightbook's JSON under its omitted-defaults rule (API spec §4): a
 * member that is absent or null has its type's default (0, false, no text, no date), so
 * nothing here fails on a missing member, only on one that is present and malformed.
 */
final class MfbMembers {

	/** {@code DateTime.MinValue}, which MyFlightbook omits but older clients may send. */
	static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

	private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");

	private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:\\d{2}$");

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	private MfbMembers() {
	}

	/** The member's text, trimmed; "" when absent or null. */
	static String text(JsonNode object, String name) {
		JsonNode node = object.get(name);
		return node == null || node.isNull() ? "" : node.asString().trim();
	}

	static boolean flag(JsonNode object, String name) {
		JsonNode node = object.get(name);
		return node != null && node.isBoolean() && node.booleanValue();
	}

	/** A whole number, 0 when absent; a negative one is for the caller to refuse. */
	static int count(JsonNode object, String name) {
		JsonNode node = object.get(name);
		if (node == null || node.isNull()) {
			return 0;
		}
		if (node.isInt()) {
			return node.intValue();
		}
		BigDecimal value = decimal(node, name);
		if (value.stripTrailingZeros().scale() > 0) {
			throw new Malformed(name + " must be a whole number, not " + node);
		}
		return value.intValueExact();
	}

	/**
	 * Decimal hours as whole minutes, rounded half up ({@code 1.50} is 90, {@code 0.0083}
	 * is 0, {@code 0.0084} is 1); 0 when absent; a negative one is for the caller to
	 * refuse. Rounding is monotonic, so a part that is at most its whole in hours stays
	 * so in minutes.
	 */
	static int minutes(JsonNode object, String name) {
		JsonNode node = object.get(name);
		if (node == null || node.isNull()) {
			return 0;
		}
		return minutesOf(decimal(node, name));
	}

	static int minutesOf(BigDecimal hours) {
		return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

	static BigDecimal decimal(JsonNode node, String name) {
		try {
			if (node.isNumber()) {
				return node.isFloatingPointNumber() && !node.isBigDecimal() ? BigDecimal.valueOf(node.doubleValue())
						: node.decimalValue();
			}
			if (node.isString()) {
				return new BigDecimal(node.stringValue().trim());
			}
		}
		catch (NumberFormatException | ArithmeticException e) {
			// reported below
		}
		throw new Malformed(name + " must be a number, not " + node);
	}

	/**
	 * The calendar date as written, never moved by a zone: {@code 2026-05-03T00:00:00},
	 * with or without {@code Z} or an offset, {@code 2026-05-03}, or US {@code M/D/YYYY};
	 * null when absent or {@code DateTime.MinValue}.
	 */
	static @Nullable LocalDate date(JsonNode object, String name) {
		String text = text(object, name);
		if (text.isEmpty()) {
			return null;
		}
		LocalDate date = parseDate(text);
		if (date == null) {
			throw new Malformed(name + " is not a date: " + text);
		}
		return date.equals(NO_DATE) ? null : date;
	}

	static @Nullable LocalDate parseDate(String text) {
		try {
			if (isoDateStart(text)) {
				// the form of every flight's Date, read without a regular expression
				return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
			}
			Matcher iso = ISO.matcher(text);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			Matcher us = US_DATE.matcher(text);
			if (us.matches()) {
				return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
						Integer.parseInt(us.group(2)));
			}
		}
		catch (java.time.DateTimeException e) {
			return null;
		}
		return null;
	}

	/**
	 * The UTC time of day of a date-time member, as {@code HH:MM}; a value without a zone
	 * is taken as UTC, which is how MyFlightbook parses it. Null when absent.
	 */
	static @Nullable String utcTime(JsonNode object, String name) {
		String text = text(object, name);
		if (text.isEmpty() || text.startsWith("0001-01-01")) {
			return null;
		}
		String plain = plainUtcTime(text);
		if (plain != null) {
			return plain;
		}
		try {
			LocalTime time = text.endsWith("Z") || OFFSET.matcher(text).find()
					? OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime()
					: java.time.LocalDateTime.parse(text).toLocalTime();
			return HOURS_MINUTES.format(time);
		}
		catch (DateTimeParseException e) {
			throw new Malformed(name + " is not a date and time: " + text);
		}
	}

	/**
	 * The time of the form MyFlightbook writes, {@code yyyy-MM-ddTHH:mm:ss} with or
	 * without {@code Z}, read without java.time's general parser (the block times of
	 * every flight go through here); null for any other form or an invalid value, which
	 * the general parser then reads or refuses.
	 */
	private static @Nullable String plainUtcTime(String text) {
		int length = text.length();
		if (!(length == 19 || length == 20 && text.charAt(19) == 'Z') || !isoDateStart(text) || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		if (hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		try {
			LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
		}
		catch (DateTimeException e) {
			return null;
		}
		return text.substring(11, 16);
	}

	/**
	 * Whether the text is {@code yyyy-MM-dd}, alone or followed by {@code T} and no line
	 * break: what {@link #ISO} matches, tested by hand.
	 */
	private static boolean isoDateStart(String text) {
		int length = text.length();
		if (length < 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || digits(text, 0, 4) < 0
				|| digits(text, 5, 7) < 0 || digits(text, 8, 10) < 0) {
			return false;
		}
		if (length == 10) {
			return true;
		}
		if (text.charAt(10) != 'T') {
			return false;
		}
		for (int i = 11; i < length; i++) {
			char c = text.charAt(i);
			// the characters that a regular expression's '.' does not match
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The ASCII digits from {@code from} to {@code to} as a number; -1 if any is not one.
	 */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** A member that is present but cannot be read. */
	static final class Malformed extends RuntimeException {

		Malformed(String message) {
			super(message);
		}

	}

}
