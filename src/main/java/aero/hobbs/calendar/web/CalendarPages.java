package aero.hobbs.calendar.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.calendar.CalendarEvent;
import aero.hobbs.calendar.CalendarEvents;
import aero.hobbs.calendar.CalendarFeeds;
import aero.hobbs.calendar.EventDetails;
import aero.hobbs.calendar.EventKind;
import aero.hobbs.calendar.Reservation;
import aero.hobbs.calendar.ReservationDetails;
import aero.hobbs.calendar.Reservations;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.Members;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.DomainException;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar page: one week (Monday to Sunday in the organization's time zone) of
 * events and reservations, the booking form, the event form for schedulers, and the
 * member's feed URL. The forms take a date and times in the organization's zone; a form
 * with errors is shown again with what was typed.
 */
@Controller
class CalendarPages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM");

	/** Wire names of the service's fields, as this page's form fields. */
	private static final Map<String, String> FORM_FIELDS = Map.of("aircraft_id", "aircraftId", "starts_at", "startTime",
			"ends_at", "endTime", "instructor_id", "instructorId", "note", "note", "member_id", "form", "title",
			"title", "kind", "kind", "description", "description");

	private final CalendarEvents events;

	private final Reservations reservations;

	private final CalendarFeeds feeds;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Members members;

	private final Fleet fleet;

	private final Clock clock;

	CalendarPages(CalendarEvents events, Reservations reservations, CalendarFeeds feeds, OrganizationAccess access,
			Organizations organizations, Members members, Fleet fleet, Clock clock) {
		this.events = events;
		this.reservations = reservations;
		this.feeds = feeds;
		this.access = access;
		this.organizations = organizations;
		this.members = members;
		this.fleet = fleet;
		this.clock = clock;
	}

	/** One entry of a day: an event or a reservation. */
	record Entry(String type, UUID id, Instant startsAt, Instant endsAt, String time, String title,
			@Nullable String detail, @Nullable String warning, boolean removable) {
	}

	record Day(LocalDate date, String label, boolean today, List<Entry> entries) {
	}

	@GetMapping("/organizations/{orgId}/calendar")
	String week(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String week, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		access.require(organization, user.id(), Permission.CALENDAR_VIEW);
		LocalDate monday = monday(week, organizations.settings(organization).zone());
		BookingForm booking = new BookingForm();
		booking.setDate(monday.isAfter(today(organization)) ? monday.toString() : today(organization).toString());
		EventForm event = new EventForm();
		event.setDate(booking.getDate());
		return page(model, user, organization, monday, booking, FormErrors.none(), event, FormErrors.none());
	}

	@PostMapping("/organizations/{orgId}/calendar/reservations")
	String book(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@ModelAttribute("booking") BookingForm form, Model model, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		ZoneId zone = organizations.settings(organization).zone();
		Map<String, String> issues = new LinkedHashMap<>();
		Instant[] range = range(form.getDate(), form.getStartTime(), form.getEndTime(), zone, issues);
		Reservation booked;
		try {
			booked = reservations.book(organization, user.id(), new ReservationDetails(form.getAircraftId(), null,
					form.getInstructorId(), text(range[0]), text(range[1]), form.getNote()));
		}
		catch (InvalidInput | Conflict e) {
			return page(model, user, organization, monday(form.getDate(), zone), form, errors(issues, e),
					new EventForm(), FormErrors.none());
		}
		FleetAircraft aircraft = fleet.inOrganization(organization, booked.aircraftId());
		List<String> warnings = CalendarWarnings.of(booked, aircraft);
		redirect.addFlashAttribute("notice",
				"Reserved " + aircraft.registration() + " for "
						+ booked.startsAt().atZone(zone).format(DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm")) + "–"
						+ booked.endsAt().atZone(zone).format(TIME) + "."
						+ (warnings.isEmpty() ? "" : " " + warnings.getFirst()));
		return "redirect:/organizations/" + orgId + "/calendar?week=" + monday(form.getDate(), zone);
	}

	@PostMapping("/organizations/{orgId}/calendar/reservations/{reservationId}/cancel")
	String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID reservationId, @RequestParam(required = false) @Nullable String week,
			RedirectAttributes redirect) {
		reservations.cancel(new OrganizationId(orgId), user.id(), reservationId);
		redirect.addFlashAttribute("notice", "The reservation was cancelled.");
		return "redirect:/organizations/" + orgId + "/calendar" + (week == null ? "" : "?week=" + week);
	}

	@PostMapping("/organizations/{orgId}/calendar/events")
	String schedule(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@ModelAttribute("event") EventForm form, Model model, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		ZoneId zone = organizations.settings(organization).zone();
		Map<String, String> issues = new LinkedHashMap<>();
		Instant[] range = range(form.getDate(), form.getStartTime(), form.getEndTime(), zone, issues);
		try {
			events.schedule(organization, user.id(), new EventDetails(form.getTitle(), form.getDescription(),
					form.getKind(), text(range[0]), text(range[1]), form.getAircraftId(), form.getInstructorId()));
		}
		catch (InvalidInput | Conflict e) {
			return page(model, user, organization, monday(form.getDate(), zone), new BookingForm(), FormErrors.none(),
					form, errors(issues, e));
		}
		redirect.addFlashAttribute("notice", "Added " + form.getTitle().trim() + " to the calendar.");
		return "redirect:/organizations/" + orgId + "/calendar?week=" + monday(form.getDate(), zone);
	}

	@PostMapping("/organizations/{orgId}/calendar/events/{eventId}/delete")
	String deleteEvent(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID eventId,
			@RequestParam(required = false) @Nullable String week, RedirectAttributes redirect) {
		events.delete(new OrganizationId(orgId), user.id(), eventId);
		redirect.addFlashAttribute("notice", "The event was deleted.");
		return "redirect:/organizations/" + orgId + "/calendar" + (week == null ? "" : "?week=" + week);
	}

	@PostMapping("/organizations/{orgId}/calendar/feed/reset")
	String resetFeed(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			RedirectAttributes redirect) {
		feeds.reset(new OrganizationId(orgId), user.id());
		redirect.addFlashAttribute("notice",
				"Your calendar feed has a new link; the old one no longer works. Subscribe again with the new one.");
		return "redirect:/organizations/" + orgId + "/calendar";
	}

	private String page(Model model, SignedInUser user, OrganizationId organization, LocalDate monday,
			BookingForm booking, FormErrors bookingErrors, EventForm event, FormErrors eventErrors) {
		Member member = access.require(organization, user.id(), Permission.CALENDAR_VIEW);
		Organization org = organizations.settings(organization);
		ZoneId zone = org.zone();
		Instant from = monday.atStartOfDay(zone).toInstant();
		Instant to = monday.plusDays(7).atStartOfDay(zone).toInstant();
		List<FleetAircraft> aircraft = fleet.list(organization, user.id());
		Map<UUID, FleetAircraft> aircraftById = new HashMap<>();
		aircraft.forEach(a -> aircraftById.put(a.id(), a));
		List<Member> people = members.list(organization, user.id());
		Map<UUID, String> names = new HashMap<>();
		people.forEach(p -> names.put(p.userId().value(), p.name()));

		List<Entry> entries = new ArrayList<>();
		for (CalendarEvent e : events.overlapping(organization, user.id(), from, to)) {
			List<String> detail = new ArrayList<>();
			detail.add(e.kind().label());
			if (e.aircraftId() != null) {
				detail.add(registration(aircraftById, e.aircraftId()));
			}
			if (e.instructorId() != null) {
				detail.add("with " + names.getOrDefault(e.instructorId(), "a former member"));
			}
			if (e.description() != null) {
				detail.add(e.description());
			}
			entries.add(new Entry("event", e.id(), e.startsAt(), e.endsAt(), times(e.startsAt(), e.endsAt(), zone),
					e.title(), String.join(" · ", detail), null, member.can(Permission.CALENDAR_MANAGE)));
		}
		for (Reservation r : reservations.overlapping(organization, user.id(), from, to)) {
			boolean own = r.memberId().equals(user.id().value());
			String title = registration(aircraftById, r.aircraftId()) + " — "
					+ (own ? "you" : names.getOrDefault(r.memberId(), "a former member"));
			List<String> detail = new ArrayList<>();
			if (r.instructorId() != null) {
				detail.add("with " + names.getOrDefault(r.instructorId(), "a former member"));
			}
			if (r.note() != null) {
				detail.add(r.note());
			}
			List<String> warnings = CalendarWarnings.of(r, aircraftById.get(r.aircraftId()));
			entries.add(new Entry("reservation", r.id(), r.startsAt(), r.endsAt(),
					times(r.startsAt(), r.endsAt(), zone), title, detail.isEmpty() ? null : String.join(" · ", detail),
					warnings.isEmpty() ? null : warnings.getFirst(), own || member.can(Permission.CALENDAR_MANAGE)));
		}
		entries.sort(Comparator.comparing(Entry::startsAt));
		LocalDate today = today(organization);
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = monday.plusDays(i);
			Instant dayStart = date.atStartOfDay(zone).toInstant();
			Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
			days.add(new Day(date, DAY.format(date), date.equals(today),
					entries.stream()
						.filter(entry -> entry.startsAt().isBefore(dayEnd) && entry.endsAt().isAfter(dayStart))
						.toList()));
		}
		model.addAttribute("org", org);
		model.addAttribute("member", member);
		model.addAttribute("monday", monday);
		model.addAttribute("weekLabel", DateTimeFormatter.ofPattern("d MMMM").format(monday) + " – "
				+ DateTimeFormatter.ofPattern("d MMMM uuuu").format(monday.plusDays(6)));
		model.addAttribute("previousWeek", monday.minusWeeks(1));
		model.addAttribute("nextWeek", monday.plusWeeks(1));
		model.addAttribute("days", days);
		model.addAttribute("aircraft", aircraft);
		model.addAttribute("instructors", people.stream().filter(p -> Reservations.mayInstruct(p.role())).toList());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("booking", booking);
		model.addAttribute("bookingErrors", bookingErrors);
		model.addAttribute("event", event);
		model.addAttribute("eventErrors", eventErrors);
		model.addAttribute("feedUrl", CalendarFeedController.feedUrl(feeds.token(organization, user.id())));
		return "calendar/week";
	}

	private static String registration(Map<UUID, FleetAircraft> aircraft, UUID id) {
		FleetAircraft a = aircraft.get(id);
		return a == null ? "A removed aircraft" : a.registration();
	}

	private static String times(Instant start, Instant end, ZoneId zone) {
		ZonedDateTime from = start.atZone(zone);
		ZonedDateTime to = end.atZone(zone);
		return TIME.format(from) + "–" + (from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to)
				: DateTimeFormatter.ofPattern("EEE HH:mm").format(to));
	}

	private LocalDate today(OrganizationId organization) {
		return LocalDate.now(clock.withZone(organizations.settings(organization).zone()));
	}

	private LocalDate monday(@Nullable String date, ZoneId zone) {
		LocalDate day;
		if (date == null || date.isBlank()) {
			day = LocalDate.now(clock.withZone(zone));
		}
		else {
			try {
				day = LocalDate.parse(date.trim());
			}
			catch (DateTimeParseException e) {
				day = LocalDate.now(clock.withZone(zone));
			}
		}
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * The instants the form's date and times name in the zone; a part that does not parse
	 * is an issue of its own and leaves the range open.
	 */
	private static @Nullable Instant[] range(@Nullable String date, @Nullable String start, @Nullable String end,
			ZoneId zone, Map<String, String> issues) {
		LocalDate day = null;
		try {
			day = LocalDate.parse(date == null ? "" : date.trim());
		}
		catch (DateTimeParseException e) {
			issues.put("date", "Choose the day (YYYY-MM-DD)");
		}
		LocalTime from = time(start, "startTime", "Enter the start time as HH:MM", issues);
		LocalTime to = time(end, "endTime", "Enter the end time as HH:MM", issues);
		return new Instant[] { day == null || from == null ? null : ZonedDateTime.of(day, from, zone).toInstant(),
				day == null || to == null ? null : ZonedDateTime.of(day, to, zone).toInstant() };
	}

	private static @Nullable LocalTime time(@Nullable String value, String field, String issue,
			Map<String, String> issues) {
		try {
			return LocalTime.parse(value == null ? "" : value.trim());
		}
		catch (DateTimeParseException e) {
			issues.put(field, issue);
			return null;
		}
	}

	private static @Nullable String text(@Nullable Instant instant) {
		return instant == null ? null : instant.toString();
	}

	/**
	 * The page's own issues first, then the service's under the form's field names; when
	 * the date or a time did not parse, the service's words about the instants it was not
	 * given are left out.
	 */
	private static FormErrors errors(Map<String, String> page, DomainException e) {
		Map<String, String> all = new LinkedHashMap<>(page);
		FormErrors.of(e).byField().forEach((field, issue) -> {
			boolean instant = field.equals("starts_at") || field.equals("ends_at");
			if (!(instant && !page.isEmpty())) {
				all.putIfAbsent(FORM_FIELDS.getOrDefault(field, "form"), issue);
			}
		});
		return new FormErrors(all);
	}

}
