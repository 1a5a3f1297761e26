package aero.hobbs.accounting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import aero.hobbs.shared.FieldIssue;

import org.jspecify.annotations.Nullable;

/** An inclusive range of dates for list filters; either end may be open. */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {

	public static final DateRange ALL = new DateRange(null, null);

	/**
	 * Reads {@code from} and {@code to} (YYYY-MM-DD), adding an issue naming the
	 * parameter when one is not a date or the range ends before it starts.
	 */
	public static DateRange parse(@Nullable String from, @Nullable String to, List<FieldIssue> issues) {
		LocalDate start = date("from", from, issues);
		LocalDate end = date("to", to, issues);
		if (start != null && end != null && end.isBefore(start)) {
			issues.add(new FieldIssue("to", "The range ends before it starts"));
		}
		return new DateRange(start, end);
	}

	/**
	 * A date in YYYY-MM-DD, or null when blank; an issue on {@code field} when not a
	 * date.
	 */
	public static @Nullable LocalDate date(String field, @Nullable String value, List<FieldIssue> issues) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			issues.add(new FieldIssue(field, "Date must be in YYYY-MM-DD format"));
			return null;
		}
	}

	/** Lower and upper bounds for SQL: open ends become far dates. */
	public LocalDate lower() {
		return from == null ? LocalDate.of(1, 1, 1) : from;
	}

	public LocalDate upper() {
		return to == null ? LocalDate.of(9999, 12, 31) : to;
	}
}
