package aero.hobbs.shared.web;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the partner endpoints: requests per connector key per hour
 * ({@code hobbs.partner-api.rate-limit-per-hour}) and the largest request body
 * ({@code hobbs.partner-api.max-body-size}; 10,000 emails fit well within the default).
 */
@ConfigurationProperties("hobbs.partner-api")
@Validated
record PartnerApiProperties(@DefaultValue("600") @Positive long rateLimitPerHour,
		@DefaultValue("8MB") DataSize maxBodySize) {
}
