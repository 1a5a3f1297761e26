package aero.hobbs.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) content lines: TEXT values escaped (backslash, semicolon,
 * comma, line breaks; other control characters dropped), date-times in UTC
 * ({@code 20261205T080000Z}), and lines folded so that none is longer than 75 octets of
 * UTF-8, never inside a character. Lines end in CRLF.
 */
final class ICalendarText {

	static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	/** A property whose value is already in its iCalendar form. */
	ICalendarText raw(String name, String value) {
		fold(name + ":" + value);
		return this;
	}

	ICalendarText text(String name, String value) {
		return raw(name, escape(value));
	}

	ICalendarText time(String name, Instant value) {
		return raw(name, utc(value));
	}

	@Override
	public String toString() {
		return out.toString();
	}

	static String utc(Instant instant) {
		return UTC.format(instant);
	}

	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\r' -> {
					escaped.append("\\n");
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	private void fold(String line) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
