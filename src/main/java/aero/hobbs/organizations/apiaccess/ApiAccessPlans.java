package aero.hobbs.organizations.apiaccess;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.web.OrganizationRateLimits;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API access plans, which the platform admin enables per organization (seed 001's
 * "contact support"), and the hourly limit each organization's requests count against. An
 * organization without API access keeps
 * {@code hobbs.organizations.api.unplanned-requests-per-hour} (the standard plan's 1,000
 * by default) for its members' personal keys, and cannot create organization keys.
 */
@Service
public class ApiAccessPlans implements OrganizationRateLimits {

	/** The highest enterprise limit: more than any single organization would send. */
	static final long MAX_REQUESTS_PER_HOUR = 1_000_000_000L;

	/** An organization in the admin's list, with its API access if enabled. */
	public record Listed(OrganizationId id, String name, Instant createdAt, Optional<ApiAccess> access,
			long requestsPerHour) {
	}

	private final ApiAccessRepository plans;

	private final OrganizationAccess access;

	private final ApiAccessProperties properties;

	private final ApiAccessCache cache;

	private final Clock clock;

	ApiAccessPlans(ApiAccessRepository plans, OrganizationAccess access, ApiAccessProperties properties,
			ApiAccessCache cache, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.properties = properties;
		this.cache = cache;
		this.clock = clock;
	}

	/**
	 * Enables API access on {@code plan}, or changes the plan. {@code requestsPerHour} is
	 * required for enterprise and may be left out otherwise; given for standard or
	 * organization it must be the plan's own number.
	 */
	@Transactional
	public ApiAccess enable(OrganizationId organization, @Nullable String plan, @Nullable Long requestsPerHour) {
		if (!plans.organizationExists(organization.value())) {
			throw new NotFound("Organization");
		}
		ApiPlan chosen = ApiPlan.fromWire(plan)
			.orElseThrow(() -> new InvalidInput("plan", "Choose one of: " + ApiPlan.choices()));
		long limit = checkedLimit(chosen, requestsPerHour);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant enabledAt = plans.find(organization.value()).map(ApiAccess::enabledAt).orElse(now);
		ApiAccess enabled = new ApiAccess(organization, chosen, limit, enabledAt, now);
		plans.save(enabled);
		cache.forgetOrganization(organization.value());
		return enabled;
	}

	private static long checkedLimit(ApiPlan plan, @Nullable Long requestsPerHour) {
		OptionalLong fixed = plan.fixedRequestsPerHour();
		if (fixed.isPresent()) {
			if (requestsPerHour != null && requestsPerHour != fixed.getAsLong()) {
				throw new InvalidInput("requests_per_hour",
						"The " + plan.wireName() + " plan allows " + fixed.getAsLong() + " requests per hour; leave "
								+ "requests_per_hour out, or choose the enterprise plan for another limit");
			}
			return fixed.getAsLong();
		}
		if (requestsPerHour == null) {
			throw new InvalidInput("requests_per_hour", "The enterprise plan needs requests_per_hour: a whole number "
					+ "from 1 to " + MAX_REQUESTS_PER_HOUR);
		}
		if (requestsPerHour < 1 || requestsPerHour > MAX_REQUESTS_PER_HOUR) {
			throw new InvalidInput("requests_per_hour",
					"Give a whole number of requests per hour from 1 to " + MAX_REQUESTS_PER_HOUR);
		}
		return requestsPerHour;
	}

	/** The organization's API access; empty when it is not enabled. */
	public Optional<ApiAccess> find(OrganizationId organization) {
		if (!plans.organizationExists(organization.value())) {
			throw new NotFound("Organization");
		}
		return plans.find(organization.value());
	}

	/**
	 * Disables API access: the organization's keys stop working. Disabling twice is fine.
	 */
	@Transactional
	public void disable(OrganizationId organization) {
		if (!plans.organizationExists(organization.value())) {
			throw new NotFound("Organization");
		}
		plans.delete(organization.value());
		cache.forgetOrganization(organization.value());
	}

	public boolean enabled(OrganizationId organization) {
		return plans.find(organization.value()).isPresent();
	}

	public List<Listed> organizations() {
		return plans.listOrganizations()
			.stream()
			.map(row -> new Listed(new OrganizationId(row.id()), row.name(), row.createdAt(), row.access(),
					row.access().map(ApiAccess::requestsPerHour).orElse(properties.unplannedRequestsPerHour())))
			.toList();
	}

	/**
	 * The organization's hourly limit: its plan's, or the limit of organizations without
	 * one.
	 */
	public long requestsPerHour(OrganizationId organization) {
		return plans.find(organization.value())
			.map(ApiAccess::requestsPerHour)
			.orElse(properties.unplannedRequestsPerHour());
	}

	@Override
	public OptionalLong perHour(UUID organizationId, SignedInUser caller) {
		OrganizationId organization = new OrganizationId(organizationId);
		if (caller.organizationId() != null && !organizationId.equals(caller.organizationId())) {
			return OptionalLong.empty();
		}
		if (caller.isOrganizationKey()) {
			return OptionalLong.of(requestsPerHour(organization));
		}
		return access.isMember(organization, caller.id()) ? OptionalLong.of(requestsPerHour(organization))
				: OptionalLong.empty();
	}

}
