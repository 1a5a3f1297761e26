package aero.hobbs.organizations.apiaccess;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * @param unplannedRequestsPerHour the hourly limit of an organization whose API access is
 * not enabled, shared by its members' personal keys; the standard plan's by default
 * @param cacheTtl how long a node trusts what it read about a key or a plan (another
 * node's revocation or plan change reaches it within this time; zero turns caching off)
 */
@ConfigurationProperties("hobbs.organizations.api")
@Validated
record ApiAccessProperties(@DefaultValue("1000") @Positive long unplannedRequestsPerHour,
		@DefaultValue("5s") Duration cacheTtl) {
}
