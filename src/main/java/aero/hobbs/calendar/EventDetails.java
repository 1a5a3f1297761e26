package aero.hobbs.calendar;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event as a client sends it, unchecked: {@code startsAt} and {@code endsAt} are
 * ISO-8601 instants with an offset ({@code 2026-12-05T08:00:00Z}), ids are UUIDs.
 */
public record EventDetails(@Nullable String title, @Nullable String description, @Nullable String kind,
		@Nullable String startsAt, @Nullable String endsAt, @Nullable String aircraftId,
		@Nullable String instructorId) {

	static EventDetails of(CalendarEvent event) {
		return new EventDetails(event.title(), event.description(), event.kind().wireName(),
				event.startsAt().toString(), event.endsAt().toString(), Inputs.text(event.aircraftId()),
				Inputs.text(event.instructorId()));
	}

	/** These details with the fields {@code changes} names (wire names) replaced. */
	EventDetails with(Map<String, ?> changes) {
		Inputs.Changes c = new Inputs.Changes(changes);
		EventDetails changed = new EventDetails(c.get("title", title), c.get("description", description),
				c.get("kind", kind), c.get("starts_at", startsAt), c.get("ends_at", endsAt),
				c.get("aircraft_id", aircraftId), c.get("instructor_id", instructorId));
		c.check();
		return changed;
	}

}
