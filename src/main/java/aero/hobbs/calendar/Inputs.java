package aero.hobbs.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;

import org.jspecify.annotations.Nullable;

/**
 * Parsing of what clients send, collecting one issue per bad field (wire names) so that
 * every mistake is reported at once.
 */
final class Inputs {

	private final List<FieldIssue> issues = new ArrayList<>();

	void issue(String field, String issue) {
		if (issues.stream().noneMatch(existing -> existing.field().equals(field))) {
			issues.add(new FieldIssue(field, issue));
		}
	}

	boolean has(String field) {
		return issues.stream().anyMatch(issue -> issue.field().equals(field));
	}

	void throwIfAny() {
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
	}

	/**
	 * An ISO-8601 instant with an offset, or null (after an issue) when absent or bad.
	 */
	@Nullable Instant instant(String field, @Nullable String value, boolean required) {
		if (blank(value)) {
			if (required) {
				issue(field, "Enter when, as an ISO-8601 time with an offset, e.g. 2026-12-05T08:00:00Z");
			}
			return null;
		}
		try {
			return OffsetDateTime.parse(value.trim()).toInstant().truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException e) {
			issue(field, "Use an ISO-8601 time with an offset, e.g. 2026-12-05T08:00:00Z or 2026-12-05T09:00:00+01:00");
			return null;
		}
	}

	@Nullable UUID uuid(String field, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException e) {
			issue(field, "Not an id: expected a UUID");
			return null;
		}
	}

	@Nullable LocalDate date(String field, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			issue(field, "Use a date in YYYY-MM-DD format");
			return null;
		}
	}

	@Nullable String text(String field, @Nullable String value, int max, String what) {
		if (blank(value)) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			issue(field, "Use at most " + max + " characters for " + what);
		}
		return trimmed;
	}

	/**
	 * The start of {@code from} and the end of {@code to} (inclusive dates) in the zone,
	 * as a half-open range of instants; open ends are null.
	 */
	Window dateRange(@Nullable String from, @Nullable String to, ZoneId zone) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (start != null && end != null && end.isBefore(start)) {
			issue("to", "The end of the date range is before its start");
		}
		return new Window(start == null ? null : start.atStartOfDay(zone).toInstant(),
				end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/** A half-open range of instants; a null end is open. */
	record Window(@Nullable Instant start, @Nullable Instant end) {
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	/** A PATCH body: only the fields it names change; null clears a field. */
	static final class Changes {

		private final Map<String, ?> changes;

		private final Inputs inputs = new Inputs();

		Changes(Map<String, ?> changes) {
			this.changes = changes;
		}

		@Nullable String get(String field, @Nullable String current) {
			if (!changes.containsKey(field)) {
				return current;
			}
			Object value = changes.get(field);
			if (value == null || value instanceof String) {
				return (String) value;
			}
			if (value instanceof Number || value instanceof Boolean) {
				return value.toString();
			}
			inputs.issue(field, "Send a string");
			return current;
		}

		void check() {
			inputs.throwIfAny();
		}

	}

}
