package aero.hobbs.organizations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates organizations, changes their settings, and lists a user's organizations. */
@Service
public class Organizations {

	/** An organization as one of its members sees it in a list: with their role. */
	public record Membership(Organization organization, Role role) {
	}

	private final OrganizationRepository organizations;

	private final MemberRepository members;

	private final JdbcAggregateTemplate aggregates;

	private final OrganizationAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Organizations(OrganizationRepository organizations, MemberRepository members, JdbcAggregateTemplate aggregates,
			OrganizationAccess access, ApplicationEventPublisher events, Clock clock) {
		this.organizations = organizations;
		this.members = members;
		this.aggregates = aggregates;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Creates an organization; its creator becomes its owner. */
	@Transactional
	public Organization create(UserId creator, OrganizationSettings settings) {
		OrganizationSettings checked = settings.checked();
		Instant now = now();
		Organization organization = aggregates.insert(new Organization(UUID.randomUUID(), checked.name(),
				checked.timeZone(), checked.currency(), creator.value(), now, now));
		members.insert(organization.id(), creator.value(), Role.OWNER, now);
		events.publishEvent(new MemberAdded(organization.organizationId(), creator, Role.OWNER));
		return organization;
	}

	public Organization find(OrganizationId id, UserId user) {
		access.require(id, user, Permission.ORGANIZATION_VIEW);
		return settings(id);
	}

	/**
	 * The organization's settings, for a module that has already asked
	 * {@link OrganizationAccess#require}.
	 */
	public Organization settings(OrganizationId id) {
		return organizations.findById(id.value()).orElseThrow(() -> new NotFound("Organization"));
	}

	public List<Membership> listFor(UserId user) {
		return members.organizationsOf(user.value())
			.stream()
			.map(joined -> new Membership(joined.organization(), joined.role()))
			.toList();
	}

	@Transactional
	public Organization update(OrganizationId id, UserId user, OrganizationSettings settings) {
		access.require(id, user, Permission.ORGANIZATION_MANAGE);
		OrganizationSettings checked = settings.checked();
		Organization current = settings(id);
		return organizations.save(new Organization(current.id(), checked.name(), checked.timeZone(), checked.currency(),
				current.createdBy(), current.createdAt(), now()));
	}

	/** Deletes the organization; its memberships and invitations go with it. */
	@Transactional
	public void delete(OrganizationId id, UserId user) {
		access.require(id, user, Permission.ORGANIZATION_DELETE);
		organizations.deleteById(id.value());
		events.publishEvent(new OrganizationDeleted(id));
	}

	private Instant now() {
		// microseconds, as both databases keep them: an answer equals a later read
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
