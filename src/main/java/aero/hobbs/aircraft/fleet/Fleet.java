package aero.hobbs.aircraft.fleet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import aero.hobbs.aircraft.Aircraft;
import aero.hobbs.aircraft.CategoryClass;
import aero.hobbs.aircraft.FstdType;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's fleet. Every read and write names the organization and asks
 * {@link OrganizationAccess} first; an aircraft of another organization is not found.
 * Status changes are kept with who made them and when, and published as
 * {@link AircraftStatusChanged}.
 */
@Service
public class Fleet {

	private final FleetRepository fleet;

	private final FleetStatusChangeRepository changes;

	private final JdbcAggregateTemplate aggregates;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	// new rows go through the aggregate template's insert: their ids are set before they
	// are stored, which a repository's save takes for an update of an existing row
	Fleet(FleetRepository fleet, FleetStatusChangeRepository changes, JdbcAggregateTemplate aggregates,
			OrganizationAccess access, Organizations organizations, ApplicationEventPublisher events, Clock clock) {
		this.fleet = fleet;
		this.changes = changes;
		this.aggregates = aggregates;
		this.access = access;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	public List<FleetAircraft> list(OrganizationId organization, UserId user) {
		return list(organization, user, null);
	}

	/**
	 * The fleet by registration, only the aircraft in {@code status} when it is given.
	 */
	public List<FleetAircraft> list(OrganizationId organization, UserId user, @Nullable FleetStatus status) {
		access.require(organization, user, Permission.FLEET_VIEW);
		return fleet.findByOrganizationIdOrderByRegistration(organization.value())
			.stream()
			.filter(aircraft -> status == null || aircraft.status() == status)
			.toList();
	}

	public FleetAircraft find(OrganizationId organization, UserId user, UUID id) {
		access.require(organization, user, Permission.FLEET_VIEW);
		return inOrganization(organization, id);
	}

	/**
	 * The organization's aircraft, for a module that has already asked
	 * {@link OrganizationAccess#require}; another organization's is not found.
	 */
	public FleetAircraft inOrganization(OrganizationId organization, UUID id) {
		return fleet.findByIdAndOrganizationId(id, organization.value()).orElseThrow(() -> new NotFound("Aircraft"));
	}

	/**
	 * Like {@link #inOrganization}, and locks the aircraft's row until the transaction
	 * ends, so that bookings and status changes of one aircraft happen one at a time.
	 */
	@Transactional
	public FleetAircraft lockInOrganization(OrganizationId organization, UUID id) {
		fleet.lock(id, organization.value()).orElseThrow(() -> new NotFound("Aircraft"));
		return inOrganization(organization, id);
	}

	@Transactional
	public FleetAircraft add(OrganizationId organization, UserId user, FleetAircraftDetails details) {
		access.require(organization, user, Permission.FLEET_MANAGE);
		Checked checked = check(details, organizations.settings(organization).currency());
		ensureUnique(organization, checked.normalized(), null);
		Instant now = now();
		FleetAircraft added = aggregates
			.insert(checked.toAircraft(UUID.randomUUID(), organization.value(), FleetStatus.AVAILABLE, now, now));
		aggregates.insert(new FleetStatusChange(UUID.randomUUID(), added.id(), organization.value(), null,
				FleetStatus.AVAILABLE, "Added to the fleet", user.value(), now));
		return added;
	}

	@Transactional
	public FleetAircraft update(OrganizationId organization, UserId user, UUID id, FleetAircraftDetails details) {
		return amend(organization, user, id, current -> details);
	}

	/**
	 * Changes an aircraft's details to what {@code change} makes of the current ones (the
	 * aircraft is locked meanwhile), for a partial update.
	 */
	@Transactional
	public FleetAircraft amend(OrganizationId organization, UserId user, UUID id,
			Function<FleetAircraft, FleetAircraftDetails> change) {
		access.require(organization, user, Permission.FLEET_MANAGE);
		FleetAircraft current = lockInOrganization(organization, id);
		FleetAircraftDetails details = change.apply(current);
		Checked checked = check(details, organizations.settings(organization).currency());
		ensureUnique(organization, checked.normalized(), id);
		return fleet.save(checked.toAircraft(id, organization.value(), current.status(), current.createdAt(), now()));
	}

	@Transactional
	public void remove(OrganizationId organization, UserId user, UUID id) {
		access.require(organization, user, Permission.FLEET_MANAGE);
		fleet.delete(inOrganization(organization, id));
	}

	@Transactional
	public FleetAircraft changeStatus(OrganizationId organization, UserId user, UUID id, @Nullable FleetStatus status,
			@Nullable String note) {
		access.require(organization, user, Permission.FLEET_STATUS);
		if (status == null) {
			throw new InvalidInput("status", "Choose the status: available, maintenance or grounded");
		}
		String trimmedNote = note == null || note.isBlank() ? null : note.trim();
		if (trimmedNote != null && trimmedNote.length() > 500) {
			throw new InvalidInput("note", "Use at most 500 characters for the note");
		}
		FleetAircraft current = lockInOrganization(organization, id);
		if (current.status() == status) {
			return current;
		}
		Instant now = now();
		FleetAircraft changed = fleet.save(current.withStatus(status, now));
		aggregates.insert(new FleetStatusChange(UUID.randomUUID(), id, organization.value(), current.status(), status,
				trimmedNote, user.value(), now));
		events.publishEvent(
				new AircraftStatusChanged(organization, id, current.registration(), current.status(), status, user));
		return changed;
	}

	/** The aircraft's status changes, newest first. */
	public List<FleetStatusChange> history(OrganizationId organization, UserId user, UUID id) {
		find(organization, user, id);
		return changes.findByAircraftIdAndOrganizationIdOrderByChangedAtDesc(id, organization.value());
	}

	private void ensureUnique(OrganizationId organization, String normalized, @Nullable UUID self) {
		fleet.findByOrganizationIdAndRegistrationNormalized(organization.value(), normalized)
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw new Conflict("registration",
						"The fleet already has an aircraft registered " + other.registration());
			});
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Checked check(FleetAircraftDetails d, String currency) {
		List<FieldIssue> issues = new ArrayList<>();
		String registration = d.registration() == null ? "" : d.registration().trim();
		String normalized = Aircraft.normalize(registration);
		if (normalized.isEmpty() || registration.length() > 20) {
			issues.add(new FieldIssue("registration",
					"Enter the registration as painted, e.g. N12345; for a simulator, its name (up to 20 characters)"));
		}
		String type = d.typeCode() == null ? "" : d.typeCode().trim();
		if (type.isEmpty() || type.length() > 20) {
			issues.add(new FieldIssue("type_code", "Enter the type designator, e.g. C172 (up to 20 characters)"));
		}
		String model = d.model() == null || d.model().isBlank() ? null : d.model().trim();
		if (model != null && model.length() > 100) {
			issues.add(new FieldIssue("model", "Use at most 100 characters for the make and model"));
		}
		CategoryClass categoryClass = d.categoryClass() == null || d.categoryClass().isBlank() ? CategoryClass.ASEL
				: CategoryClass.fromWire(d.categoryClass()).orElse(null);
		if (categoryClass == null) {
			issues.add(new FieldIssue("category_class", "Choose one of: asel, amel, ases, ames, helicopter, "
					+ "gyroplane, glider, balloon, airship, powered_lift"));
		}
		boolean simulator = Boolean.TRUE.equals(d.simulator());
		FstdType fstdType = null;
		if (simulator) {
			fstdType = d.fstdType() == null ? null : FstdType.fromWire(d.fstdType()).orElse(null);
			if (fstdType == null) {
				issues.add(new FieldIssue("fstd_type",
						"A simulator needs its device type: one of ffs, ftd, aatd, batd, fnpt, bitd"));
			}
		}
		Money rate = rate(d, currency, issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		return new Checked(registration, normalized, type.toUpperCase(Locale.ROOT), model, categoryClass, simulator,
				fstdType, rate);
	}

	private static @Nullable Money rate(FleetAircraftDetails d, String currency, List<FieldIssue> issues) {
		if (d.currency() != null && !d.currency().isBlank() && !d.currency().trim().equalsIgnoreCase(currency)) {
			issues.add(new FieldIssue("hourly_rate",
					"The hourly rate is in the organization's currency, " + currency + ", not " + d.currency().trim()));
			return null;
		}
		try {
			Money rate = Money.of(d.hourlyRate() == null || d.hourlyRate().isBlank() ? "0" : d.hourlyRate(), currency);
			if (rate.amount().signum() < 0) {
				issues.add(new FieldIssue("hourly_rate", "The hourly rate cannot be negative"));
			}
			return rate;
		}
		catch (IllegalArgumentException e) {
			issues.add(new FieldIssue("hourly_rate", "Hourly rate: " + e.getMessage()));
			return null;
		}
	}

	private record Checked(String registration, String normalized, String typeCode, @Nullable String model,
			CategoryClass categoryClass, boolean simulator, @Nullable FstdType fstdType, Money rate) {

		FleetAircraft toAircraft(UUID id, UUID organizationId, FleetStatus status, Instant createdAt,
				Instant updatedAt) {
			BigDecimal amount = rate.amount();
			return new FleetAircraft(id, organizationId, registration, normalized, typeCode, model, categoryClass,
					simulator, fstdType, status, amount, rate.currency(), createdAt, updatedAt);
		}
	}

}
