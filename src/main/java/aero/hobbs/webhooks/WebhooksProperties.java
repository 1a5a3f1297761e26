package aero.hobbs.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

/**
 * @param pollInterval how often each node looks for deliveries that are due
 * @param retrySchedule the wait after the first, second, ... failed attempt; when it runs
 * out the delivery has failed (the default spans 41 hours and 35 minutes)
 * @param disableAfter an endpoint whose every attempt failed for this long is disabled
 * @param timeout for one attempt, from resolving the host to the last byte of the answer
 * @param maxResponseSize the largest answer read; a larger one counts as a failed attempt
 * @param batchSize how many due deliveries one poll takes on
 */
@ConfigurationProperties("hobbs.webhooks")
@Validated
record WebhooksProperties(@DefaultValue("5s") Duration pollInterval, @DefaultValue( {
		"5s", "5m", "30m", "2h", "5h", "10h", "10h", "14h" }) @NotEmpty List<Duration> retrySchedule,
		@DefaultValue("5d") Duration disableAfter, @DefaultValue("10s") Duration timeout,
		@DefaultValue("64KB") DataSize maxResponseSize, @DefaultValue("50") @Positive int batchSize){
}
