package aero.hobbs.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Time ranges as people read them, in the organization's zone. */
final class Times {

	/** The longest an event or a reservation may last. */
	static final Duration LONGEST = Duration.ofDays(31);

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private Times() {
	}

	/** E.g. {@code 2026-12-05 09:00–11:00 (Europe/Berlin)}. */
	static String range(Instant start, Instant end, ZoneId zone) {
		ZonedDateTime from = start.atZone(zone);
		ZonedDateTime to = end.atZone(zone);
		String until = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to) : " " + DAY_TIME.format(to);
		return DAY_TIME.format(from) + "–" + until.strip() + " (" + zone.getId() + ")";
	}

}
