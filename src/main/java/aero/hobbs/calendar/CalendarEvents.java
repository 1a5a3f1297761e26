package aero.hobbs.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of an organization's calendar: every member sees them
 * ({@link Permission#CALENDAR_VIEW}), schedulers ({@link Permission#CALENDAR_MANAGE})
 * create, change and delete them. New events are published as
 * {@link CalendarEventScheduled}.
 */
@Service
public class CalendarEvents {

	/** One page of a list, and how many match in all. */
	public record EventPage(List<CalendarEvent> events, long total) {
	}

	private final EventRepository events;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Participants participants;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	CalendarEvents(EventRepository events, OrganizationAccess access, Organizations organizations,
			Participants participants, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.access = access;
		this.organizations = organizations;
		this.participants = participants;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Events starting between {@code from} and {@code to} (inclusive dates, YYYY-MM-DD,
	 * in the organization's zone; either may be absent), of one {@code kind} if given, by
	 * start.
	 */
	public EventPage list(OrganizationId organization, UserId actor, @Nullable String from, @Nullable String to,
			@Nullable String kind, long offset, int limit) {
		access.require(organization, actor, Permission.CALENDAR_VIEW);
		Inputs inputs = new Inputs();
		Inputs.Window window = inputs.dateRange(from, to, organizations.settings(organization).zone());
		EventKind wanted = null;
		if (!Inputs.blank(kind)) {
			wanted = EventKind.fromWire(kind).orElse(null);
			if (wanted == null) {
				inputs.issue("kind", "Choose one of: " + EventKind.choices());
			}
		}
		inputs.throwIfAny();
		UUID id = organization.value();
		return new EventPage(events.starting(id, window.start(), window.end(), wanted, offset, limit),
				events.countStarting(id, window.start(), window.end(), wanted));
	}

	/**
	 * Events overlapping {@code [from, to)}, by start (at most 500: a week view's worth).
	 */
	public List<CalendarEvent> overlapping(OrganizationId organization, UserId actor, Instant from, Instant to) {
		access.require(organization, actor, Permission.CALENDAR_VIEW);
		return events.overlapping(organization.value(), from, to, 500);
	}

	public CalendarEvent find(OrganizationId organization, UserId actor, UUID id) {
		access.require(organization, actor, Permission.CALENDAR_VIEW);
		return existing(organization, id);
	}

	@Transactional
	public CalendarEvent schedule(OrganizationId organization, UserId actor, EventDetails details) {
		access.require(organization, actor, Permission.CALENDAR_MANAGE);
		Checked checked = check(organization, details);
		Instant now = now();
		CalendarEvent event = new CalendarEvent(UUID.randomUUID(), organization.value(), checked.title(),
				checked.description(), checked.kind(), checked.startsAt(), checked.endsAt(), checked.aircraftId(),
				checked.instructorId(), actor.value(), now, now);
		events.insert(event);
		publisher.publishEvent(new CalendarEventScheduled(organization, event.id()));
		return event;
	}

	/**
	 * Changes the fields {@code changes} names (wire names: {@code title},
	 * {@code starts_at}, ...); a null value clears an optional field.
	 */
	@Transactional
	public CalendarEvent change(OrganizationId organization, UserId actor, UUID id, Map<String, ?> changes) {
		access.require(organization, actor, Permission.CALENDAR_MANAGE);
		CalendarEvent current = existing(organization, id);
		Checked checked = check(organization, EventDetails.of(current).with(changes));
		CalendarEvent changed = new CalendarEvent(id, current.organizationId(), checked.title(), checked.description(),
				checked.kind(), checked.startsAt(), checked.endsAt(), checked.aircraftId(), checked.instructorId(),
				current.createdBy(), current.createdAt(), now());
		events.update(changed);
		return changed;
	}

	@Transactional
	public void delete(OrganizationId organization, UserId actor, UUID id) {
		access.require(organization, actor, Permission.CALENDAR_MANAGE);
		existing(organization, id);
		events.delete(organization.value(), id);
	}

	private CalendarEvent existing(OrganizationId organization, UUID id) {
		return events.find(organization.value(), id).orElseThrow(() -> new NotFound("Event"));
	}

	private Checked check(OrganizationId organization, EventDetails d) {
		Inputs inputs = new Inputs();
		String title = inputs.text("title", d.title(), 200, "the title");
		if (title == null) {
			inputs.issue("title", "Give the event a title");
		}
		String description = inputs.text("description", d.description(), 2000, "the description");
		EventKind kind = EventKind.OTHER;
		if (!Inputs.blank(d.kind())) {
			kind = EventKind.fromWire(d.kind()).orElse(null);
			if (kind == null) {
				inputs.issue("kind", "Choose one of: " + EventKind.choices());
			}
		}
		Instant startsAt = inputs.instant("starts_at", d.startsAt(), true);
		Instant endsAt = inputs.instant("ends_at", d.endsAt(), true);
		if (startsAt != null && endsAt != null) {
			if (!endsAt.isAfter(startsAt)) {
				inputs.issue("ends_at", "The event must end after it starts");
			}
			else if (endsAt.isAfter(startsAt.plus(Times.LONGEST))) {
				inputs.issue("ends_at", "An event may last at most " + Times.LONGEST.toDays() + " days");
			}
		}
		UUID aircraftId = inputs.uuid("aircraft_id", d.aircraftId());
		participants.aircraft(organization, aircraftId, inputs);
		UUID instructorId = inputs.uuid("instructor_id", d.instructorId());
		Member instructor = participants.instructor(organization, instructorId, inputs);
		inputs.throwIfAny();
		return new Checked(title, description, kind, startsAt, endsAt, aircraftId,
				instructor == null ? null : instructorId);
	}

	private record Checked(String title, @Nullable String description, EventKind kind, Instant startsAt, Instant endsAt,
			@Nullable UUID aircraftId, @Nullable UUID instructorId) {
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Removes everything of a deleted organization's calendar. */
	void forget(OrganizationId organization) {
		events.deleteAll(organization.value());
	}

}
