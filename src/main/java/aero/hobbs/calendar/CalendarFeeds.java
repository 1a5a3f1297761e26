package aero.hobbs.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.SecretBox;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's iCalendar feed of an organization, read by calendar apps without a
 * session: the URL carries a secret token (256 random bits). The token is kept sealed
 * with the {@link SecretBox} so that the calendar page can show the URL again, and as a
 * SHA-256 for the lookup (unkeyed, so rotating the encryption key keeps feeds working; a
 * random 256-bit token needs no key to resist guessing). A feed holds the organization's
 * events and the member's reservations (as pilot or instructor); a scheduler's
 * ({@link Permission#CALENDAR_MANAGE}) holds every reservation. A member who left has no
 * feed.
 */
@Service
public class CalendarFeeds {

	/** How far back a feed reaches. */
	static final Duration HISTORY = Duration.ofDays(90);

	/** How far ahead a feed reaches. */
	static final Duration AHEAD = Duration.ofDays(2 * 366);

	static final int MAX_ENTRIES = 2000;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final FeedRepository feeds;

	private final EventRepository events;

	private final ReservationRepository reservations;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Fleet fleet;

	private final SecretBox secrets;

	private final Clock clock;

	CalendarFeeds(FeedRepository feeds, EventRepository events, ReservationRepository reservations,
			OrganizationAccess access, Organizations organizations, Fleet fleet, SecretBox secrets, Clock clock) {
		this.feeds = feeds;
		this.events = events;
		this.reservations = reservations;
		this.access = access;
		this.organizations = organizations;
		this.fleet = fleet;
		this.secrets = secrets;
		this.clock = clock;
	}

	/** The caller's feed token, made on first use. */
	public String token(OrganizationId organization, UserId actor) {
		access.require(organization, actor, Permission.CALENDAR_VIEW);
		return feeds.sealedToken(organization.value(), actor.value()).map(secrets::open).orElseGet(() -> {
			String token = newToken();
			try {
				feeds.insert(organization.value(), actor.value(), secrets.seal(token), hash(token), clock.instant());
				return token;
			}
			catch (DuplicateKeyException e) {
				// another request made it first
				return feeds.sealedToken(organization.value(), actor.value()).map(secrets::open).orElseThrow();
			}
		});
	}

	/** A new token for the caller; the old feed URL stops working. */
	@Transactional
	public String reset(OrganizationId organization, UserId actor) {
		access.require(organization, actor, Permission.CALENDAR_VIEW);
		String token = newToken();
		feeds.delete(organization.value(), actor.value());
		feeds.insert(organization.value(), actor.value(), secrets.seal(token), hash(token), clock.instant());
		return token;
	}

	/** The feed the token opens, as {@code text/calendar}; not found if it opens none. */
	public String render(String token) {
		if (!TOKEN.matcher(token).matches()) {
			throw new NotFound("Calendar feed");
		}
		FeedRepository.Owner owner = feeds.owner(hash(token)).orElseThrow(() -> new NotFound("Calendar feed"));
		OrganizationId organization = new OrganizationId(owner.organizationId());
		Member member = access.membership(organization, new UserId(owner.userId()))
			.orElseThrow(() -> new NotFound("Calendar feed"));
		Organization settings = organizations.settings(organization);
		Instant now = clock.instant();
		Instant since = now.minus(HISTORY);
		Instant until = now.plus(AHEAD);
		List<CalendarEvent> scheduled = events.overlapping(organization.value(), since, until, MAX_ENTRIES);
		List<Reservation> booked = member.can(Permission.CALENDAR_MANAGE)
				? reservations.overlapping(organization.value(), since, until, MAX_ENTRIES)
				: reservations.involving(organization.value(), member.userId().value(), since, MAX_ENTRIES);
		Names names = new Names(organization);

		ICalendarText ics = new ICalendarText().raw("BEGIN", "VCALENDAR")
			.raw("VERSION", "2.0")
			.raw("PRODID", "-//Hobbs//Organization calendar//EN")
			.raw("CALSCALE", "GREGORIAN")
			.raw("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", settings.name())
			.text("X-WR-TIMEZONE", settings.timeZone())
			.raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
			.raw("X-PUBLISHED-TTL", "PT1H");
		List<Entry> entries = new ArrayList<>();
		scheduled.forEach(event -> entries.add(new Entry(event.startsAt(), () -> write(ics, event, names))));
		booked.forEach(reservation -> entries
			.add(new Entry(reservation.startsAt(), () -> write(ics, reservation, member, names))));
		entries.sort(Comparator.comparing(Entry::startsAt));
		entries.forEach(entry -> entry.write().run());
		return ics.raw("END", "VCALENDAR").toString();
	}

	private record Entry(Instant startsAt, Runnable write) {
	}

	private static void write(ICalendarText ics, CalendarEvent event, Names names) {
		StringBuilder description = new StringBuilder(event.description() == null ? "" : event.description());
		if (event.aircraftId() != null) {
			description.append(description.isEmpty() ? "" : "\n")
				.append("Aircraft: ")
				.append(names.aircraft(event.aircraftId()));
		}
		if (event.instructorId() != null) {
			description.append(description.isEmpty() ? "" : "\n")
				.append("Instructor: ")
				.append(names.member(event.instructorId()));
		}
		ics.raw("BEGIN", "VEVENT")
			.raw("UID", "event-" + event.id() + "@hobbs")
			.time("DTSTAMP", event.updatedAt())
			.time("DTSTART", event.startsAt())
			.time("DTEND", event.endsAt())
			.text("SUMMARY", event.title())
			.text("CATEGORIES", event.kind().label())
			.time("LAST-MODIFIED", event.updatedAt());
		if (!description.isEmpty()) {
			ics.text("DESCRIPTION", description.toString());
		}
		ics.raw("END", "VEVENT");
	}

	private static void write(ICalendarText ics, Reservation reservation, Member reader, Names names) {
		String aircraft = names.aircraft(reservation.aircraftId());
		boolean own = reservation.memberId().equals(reader.userId().value());
		String summary = aircraft + " reserved" + (own ? "" : " by " + names.member(reservation.memberId()))
				+ (reservation.instructorId() == null ? "" : reservation.instructorId().equals(reader.userId().value())
						? " (you instruct)" : " with " + names.member(reservation.instructorId()));
		ics.raw("BEGIN", "VEVENT")
			.raw("UID", "reservation-" + reservation.id() + "@hobbs")
			.time("DTSTAMP", reservation.updatedAt())
			.time("DTSTART", reservation.startsAt())
			.time("DTEND", reservation.endsAt())
			.text("SUMMARY", summary)
			.text("CATEGORIES", "Reservation")
			.raw("STATUS", "CONFIRMED")
			.time("LAST-MODIFIED", reservation.updatedAt());
		if (reservation.note() != null) {
			ics.text("DESCRIPTION", reservation.note());
		}
		ics.raw("END", "VEVENT");
	}

	/** Registrations and member names, looked up once each. */
	private final class Names {

		private final OrganizationId organization;

		private final Map<UUID, String> known = new HashMap<>();

		Names(OrganizationId organization) {
			this.organization = organization;
		}

		String aircraft(UUID id) {
			return known.computeIfAbsent(id, key -> {
				try {
					return fleet.inOrganization(organization, key).registration();
				}
				catch (NotFound e) {
					return "A removed aircraft";
				}
			});
		}

		String member(@Nullable UUID id) {
			return id == null ? ""
					: known.computeIfAbsent(id,
							key -> access.membership(organization, new UserId(key))
								.map(Member::name)
								.orElse("A former member"));
		}

	}

	/** Forgets a member's feed (they left the organization). */
	void forget(OrganizationId organization, UserId user) {
		feeds.delete(organization.value(), user.value());
	}

	void forgetAll(OrganizationId organization) {
		feeds.deleteAll(organization.value());
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
