package aero.hobbs.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.aircraft.fleet.FleetStatus;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aircraft reservations. Every member sees them ({@link Permission#CALENDAR_VIEW}); a
 * member books, changes and cancels their own ({@link Permission#CALENDAR_BOOK}), a
 * scheduler ({@link Permission#CALENDAR_MANAGE}) anyone's. Two live reservations of one
 * aircraft never overlap: a booking locks the aircraft's row before it looks for a clash,
 * so bookings of one aircraft happen one at a time on both engines, and on PostgreSQL an
 * exclusion constraint refuses an overlapping row whatever wrote it. An instructor is not
 * booked twice at once either (checked by the service; on PostgreSQL also by a
 * constraint). A grounded aircraft cannot be reserved; one in maintenance can (the answer
 * carries a warning). Publishes {@link ReservationMade} and {@link ReservationCancelled}.
 */
@Service
public class Reservations {

	/** Whether a member with this role may be named as a reservation's instructor. */
	public static boolean mayInstruct(Role role) {
		return Participants.INSTRUCTING.contains(role);
	}

	/** One page of a list, and how many match in all. */
	public record ReservationPage(List<Reservation> reservations, long total) {
	}

	private static final String AIRCRAFT_OVERLAP = "calendar_reservation_aircraft_overlap_ex";

	private static final String INSTRUCTOR_OVERLAP = "calendar_reservation_instructor_overlap_ex";

	private final ReservationRepository reservations;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Fleet fleet;

	private final Participants participants;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Reservations(ReservationRepository reservations, OrganizationAccess access, Organizations organizations,
			Fleet fleet, Participants participants, ApplicationEventPublisher publisher, Clock clock) {
		this.reservations = reservations;
		this.access = access;
		this.organizations = organizations;
		this.fleet = fleet;
		this.participants = participants;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Live reservations starting between {@code from} and {@code to} (inclusive dates,
	 * YYYY-MM-DD, in the organization's zone), of one aircraft and one member if given,
	 * by start.
	 */
	public ReservationPage list(OrganizationId organization, UserId actor, @Nullable String from, @Nullable String to,
			@Nullable String aircraftId, @Nullable String memberId, long offset, int limit) {
		access.require(organization, actor, Permission.CALENDAR_VIEW);
		Inputs inputs = new Inputs();
		Inputs.Window window = inputs.dateRange(from, to, organizations.settings(organization).zone());
		ReservationRepository.Filter filter = new ReservationRepository.Filter(window.start(), window.end(),
				inputs.uuid("aircraft_id", aircraftId), inputs.uuid("member_id", memberId));
		inputs.throwIfAny();
		return new ReservationPage(reservations.list(organization.value(), filter, offset, limit),
				reservations.count(organization.value(), filter));
	}

	/** Live reservations overlapping {@code [from, to)}, by start (at most 500). */
	public List<Reservation> overlapping(OrganizationId organization, UserId actor, Instant from, Instant to) {
		access.require(organization, actor, Permission.CALENDAR_VIEW);
		return reservations.overlapping(organization.value(), from, to, 500);
	}

	/** A reservation, cancelled ones included. */
	public Reservation find(OrganizationId organization, UserId actor, UUID id) {
		access.require(organization, actor, Permission.CALENDAR_VIEW);
		return existing(organization, id);
	}

	/**
	 * Reserves an aircraft; without a member the caller books for themselves, booking for
	 * another member needs {@link Permission#CALENDAR_MANAGE}.
	 */
	@Transactional
	public Reservation book(OrganizationId organization, UserId actor, ReservationDetails details) {
		Member booker = access.require(organization, actor, Permission.CALENDAR_BOOK);
		ReservationDetails forWhom = Inputs.blank(details.memberId()) ? new ReservationDetails(details.aircraftId(),
				actor.toString(), details.instructorId(), details.startsAt(), details.endsAt(), details.note())
				: details;
		Checked checked = check(organization, booker, forWhom, null);
		Instant now = now();
		Reservation reservation = new Reservation(UUID.randomUUID(), organization.value(), checked.aircraft().id(),
				checked.memberId(), checked.instructorId(), checked.startsAt(), checked.endsAt(), checked.note(),
				actor.value(), now, now, null, null);
		write(organization, checked, () -> reservations.insert(reservation));
		publisher.publishEvent(
				new ReservationMade(organization, reservation.id(), reservation.aircraftId(), reservation.memberId()));
		return reservation;
	}

	/**
	 * Changes the fields {@code changes} names (wire names: {@code starts_at},
	 * {@code aircraft_id}, ...); a null value clears an optional field.
	 */
	@Transactional
	public Reservation change(OrganizationId organization, UserId actor, UUID id, Map<String, ?> changes) {
		Member booker = access.require(organization, actor, Permission.CALENDAR_BOOK);
		Reservation current = existing(organization, id);
		ensureMayChange(booker, current);
		if (current.cancelled()) {
			throw new Conflict("status", "The reservation was cancelled; book the aircraft again instead");
		}
		Checked checked = check(organization, booker, ReservationDetails.of(current).with(changes), current);
		Reservation changed = new Reservation(id, current.organizationId(), checked.aircraft().id(), checked.memberId(),
				checked.instructorId(), checked.startsAt(), checked.endsAt(), checked.note(), current.createdBy(),
				current.createdAt(), now(), null, null);
		write(organization, checked, () -> reservations.update(changed));
		return changed;
	}

	/** Cancels a reservation; cancelling a cancelled one changes nothing. */
	@Transactional
	public void cancel(OrganizationId organization, UserId actor, UUID id) {
		Member booker = access.require(organization, actor, Permission.CALENDAR_BOOK);
		Reservation current = existing(organization, id);
		ensureMayChange(booker, current);
		if (current.cancelled()) {
			return;
		}
		reservations.cancel(organization.value(), id, actor.value(), now());
		publisher.publishEvent(new ReservationCancelled(organization, id, current.aircraftId(), current.memberId()));
	}

	private Reservation existing(OrganizationId organization, UUID id) {
		return reservations.find(organization.value(), id).orElseThrow(() -> new NotFound("Reservation"));
	}

	private static void ensureMayChange(Member booker, Reservation reservation) {
		if (!reservation.memberId().equals(booker.userId().value()) && !booker.can(Permission.CALENDAR_MANAGE)) {
			throw new Forbidden(othersRefusal(booker));
		}
	}

	private static String othersRefusal(Member booker) {
		return "Your role in this organization (" + booker.role().wireName()
				+ ") lets you book, change and cancel only your own reservations; another member's needs "
				+ String.join(" or ", Permission.CALENDAR_MANAGE.roles().stream().map(r -> r.wireName()).toList());
	}

	/**
	 * Checks everything, then locks the aircraft and looks for clashes: nothing is
	 * written unless it all holds.
	 */
	private Checked check(OrganizationId organization, Member booker, ReservationDetails d,
			@Nullable Reservation current) {
		Inputs inputs = new Inputs();
		UUID memberId = inputs.uuid("member_id", d.memberId());
		if (memberId != null && !memberId.equals(booker.userId().value()) && !booker.can(Permission.CALENDAR_MANAGE)) {
			throw new Forbidden(othersRefusal(booker));
		}
		if (Inputs.blank(d.aircraftId())) {
			inputs.issue("aircraft_id", "Choose the aircraft to reserve");
		}
		UUID aircraftId = inputs.uuid("aircraft_id", d.aircraftId());
		Instant startsAt = inputs.instant("starts_at", d.startsAt(), true);
		Instant endsAt = inputs.instant("ends_at", d.endsAt(), true);
		if (startsAt != null && endsAt != null) {
			if (!endsAt.isAfter(startsAt)) {
				inputs.issue("ends_at", "The reservation must end after it starts");
			}
			else if (endsAt.isAfter(startsAt.plus(Times.LONGEST))) {
				inputs.issue("ends_at", "A reservation may last at most " + Times.LONGEST.toDays() + " days");
			}
		}
		String note = inputs.text("note", d.note(), 500, "the note");
		Member member = participants.member(organization, memberId, "member_id", inputs);
		UUID instructorId = inputs.uuid("instructor_id", d.instructorId());
		Member instructor = participants.instructor(organization, instructorId, inputs);
		if (instructorId != null && instructorId.equals(memberId)) {
			inputs.issue("instructor_id", "The pilot who reserves the aircraft cannot also be its instructor");
		}
		FleetAircraft aircraft = null;
		if (aircraftId != null) {
			try {
				// the lock makes bookings of this aircraft wait for each other until
				// commit
				aircraft = fleet.lockInOrganization(organization, aircraftId);
			}
			catch (NotFound e) {
				inputs.issue("aircraft_id", "The organization's fleet has no aircraft with this id");
			}
		}
		boolean moved = current == null || !current.aircraftId().equals(aircraftId)
				|| !current.startsAt().equals(startsAt) || !current.endsAt().equals(endsAt);
		if (aircraft != null && aircraft.status() == FleetStatus.GROUNDED && moved) {
			inputs.issue("aircraft_id", aircraft.registration()
					+ "'s status is grounded: it cannot be reserved until it is available again");
		}
		inputs.throwIfAny();
		Objects.requireNonNull(member);
		Objects.requireNonNull(aircraft);
		Checked checked = new Checked(aircraft, member.userId().value(), instructor == null ? null : instructorId,
				Objects.requireNonNull(startsAt), Objects.requireNonNull(endsAt), note);
		ZoneId zone = organizations.settings(organization).zone();
		UUID self = current == null ? null : current.id();
		reservations.clashOfAircraft(organization.value(), aircraft.id(), checked.startsAt(), checked.endsAt(), self)
			.ifPresent(clash -> {
				throw new Conflict("starts_at", checked.aircraft().registration() + " is already reserved "
						+ Times.range(clash.startsAt(), clash.endsAt(), zone) + ": choose another time or aircraft");
			});
		if (instructor != null) {
			reservations
				.clashOfInstructor(organization.value(), instructor.userId().value(), checked.startsAt(),
						checked.endsAt(), self)
				.ifPresent(clash -> {
					throw new Conflict("instructor_id",
							instructor.name() + " already instructs "
									+ Times.range(clash.startsAt(), clash.endsAt(), zone)
									+ ": choose another time or instructor");
				});
		}
		return checked;
	}

	/**
	 * Runs the write; should the database's exclusion constraints still refuse it (a row
	 * written around the service, or two instructors' bookings racing on different
	 * aircraft), the refusal is the same conflict the service gives.
	 */
	private void write(OrganizationId organization, Checked checked, Runnable write) {
		try {
			write.run();
		}
		catch (DataIntegrityViolationException e) {
			String message = String.valueOf(e.getMostSpecificCause().getMessage());
			if (message.contains(AIRCRAFT_OVERLAP)) {
				throw new Conflict("starts_at", checked.aircraft().registration()
						+ " is already reserved at that time: choose another time or aircraft");
			}
			if (message.contains(INSTRUCTOR_OVERLAP)) {
				throw new Conflict("instructor_id",
						"The instructor already instructs at that time: choose another time or instructor");
			}
			throw e;
		}
	}

	private record Checked(FleetAircraft aircraft, UUID memberId, @Nullable UUID instructorId, Instant startsAt,
			Instant endsAt, @Nullable String note) {
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Removes every reservation of a deleted organization. */
	void forget(OrganizationId organization) {
		reservations.deleteAll(organization.value());
	}

}
