package aero.hobbs.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * Limits of the public API: requests per key per hour
 * ({@code hobbs.api.rate-limit.per-hour}) and the largest request body accepted
 * ({@code hobbs.api.max-body-size}).
 */
@ConfigurationProperties("hobbs.api")
@Validated
record PublicApiProperties(@DefaultValue RateLimit rateLimit, @DefaultValue("1MB") DataSize maxBodySize) {

	record RateLimit(@DefaultValue("1000") @Positive long perHour) {
	}
}
