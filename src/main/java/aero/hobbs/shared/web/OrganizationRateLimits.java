package aero.hobbs.shared.web;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * Which organization's hourly budget a `/v1` request counts against. The organizations
 * module implements it; the rate-limit filter only knows this interface.
 */
public interface OrganizationRateLimits {

	/**
	 * The organization's requests per hour when {@code caller} acts in it (an
	 * organization key in its own organization, a user who is a member); empty otherwise,
	 * so that nobody can spend another organization's budget.
	 */
	OptionalLong perHour(UUID organizationId, SignedInUser caller);

}
