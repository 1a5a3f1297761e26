package aero.hobbs.organizations.apiaccess;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An organization's API access plan and its hourly request limit (seed 001): standard
 * 1,000, organization 5,000, enterprise whatever the platform admin sets.
 */
public enum ApiPlan {

	STANDARD(1_000), ORGANIZATION(5_000), ENTERPRISE(0);

	private final long requestsPerHour;

	ApiPlan(long requestsPerHour) {
		this.requestsPerHour = requestsPerHour;
	}

	/**
	 * The plan's fixed limit; empty for enterprise, whose limit is set per organization.
	 */
	public OptionalLong fixedRequestsPerHour() {
		return requestsPerHour == 0 ? OptionalLong.empty() : OptionalLong.of(requestsPerHour);
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ApiPlan> fromWire(String value) {
		for (ApiPlan plan : values()) {
			if (plan.wireName().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return Optional.of(plan);
			}
		}
		return Optional.empty();
	}

	public static String choices() {
		return "standard, organization, enterprise";
	}

}
