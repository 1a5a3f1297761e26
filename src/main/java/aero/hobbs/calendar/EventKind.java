package aero.hobbs.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an event is; the API spells it in lower case ({@code ground_school}). */
public enum EventKind {

	GROUND_SCHOOL("Ground school"), MEETING("Meeting"), EXAM("Exam"), MAINTENANCE("Maintenance"), OTHER("Other");

	private final String label;

	EventKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<EventKind> fromWire(String value) {
		return Arrays.stream(values()).filter(kind -> kind.wireName().equalsIgnoreCase(value.trim())).findFirst();
	}

	/** The kinds as the API spells them, for error messages. */
	public static String choices() {
		return Arrays.stream(values()).map(EventKind::wireName).collect(Collectors.joining(", "));
	}

}
