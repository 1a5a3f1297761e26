package aero.hobbs.logbook.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pilots read and type durations as hours: {@code 1:25} or {@code 1.4}. The record keeps
 * whole minutes; this converts at the edge of the pages.
 */
final class Durations {

	private static final Pattern HOURS_MINUTES = Pattern.compile("^(\\d{1,3}):([0-5]\\d)$");

	private static final Pattern DECIMAL_HOURS = Pattern.compile("^\\d{1,3}([.,]\\d{1,2})?$");

	private Durations() {
	}

	static String hm(long minutes) {
		return (minutes / 60) + ":" + String.format("%02d", minutes % 60);
	}

	/**
	 * Minutes from {@code h:mm} or decimal hours ({@code 1.5}, {@code 2}); throws with a
	 * message for anything else.
	 */
	static int parse(String text) {
		String t = text.trim();
		Matcher hm = HOURS_MINUTES.matcher(t);
		if (hm.matches()) {
			return Integer.parseInt(hm.group(1)) * 60 + Integer.parseInt(hm.group(2));
		}
		if (DECIMAL_HOURS.matcher(t).matches()) {
			return new BigDecimal(t.replace(',', '.')).multiply(BigDecimal.valueOf(60))
				.setScale(0, RoundingMode.HALF_UP)
				.intValueExact();
		}
		throw new IllegalArgumentException("Enter hours as h:mm (1:30) or decimal hours (1.5)");
	}

}
