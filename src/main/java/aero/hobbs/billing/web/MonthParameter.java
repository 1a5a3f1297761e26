package aero.hobbs.billing.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import aero.hobbs.shared.InvalidInput;

import org.jspecify.annotations.Nullable;

/** The {@code month} request parameter: {@code YYYY-MM}; blank means none. */
final class MonthParameter {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

	private MonthParameter() {
	}

	static @Nullable YearMonth optional(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			if (FORMAT.matcher(trimmed).matches()) {
				return YearMonth.parse(trimmed);
			}
		}
		catch (DateTimeParseException e) {
			// falls through to the same answer as any other malformed month
		}
		throw new InvalidInput("month", "Give the month as YYYY-MM, e.g. 2026-10");
	}

	static YearMonth required(@Nullable String value) {
		YearMonth month = optional(value);
		if (month == null) {
			throw new InvalidInput("month", "Give the month to invoice as YYYY-MM, e.g. 2026-10");
		}
		return month;
	}

}
