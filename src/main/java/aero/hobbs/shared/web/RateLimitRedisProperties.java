package aero.hobbs.shared.web;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * Where the shared rate-limit windows live when Redis is configured
 * ({@code hobbs.rate-limit.redis.url}, {@code HOBBS_RATE_LIMIT_REDIS_URL}, e.g.
 * {@code redis://:secret@redis.internal:6379/0}, or {@code rediss://} for TLS). Unset
 * (the default), nothing connects to Redis.
 *
 * @param url the Redis server; its password is never logged
 * @param keyPrefix put before every key, so that a Redis shared with other applications
 * is safe
 * @param timeout the longest a connection attempt or a count may take before this node
 * counts in its own memory instead
 */
@ConfigurationProperties("hobbs.rate-limit.redis")
@Validated
record RateLimitRedisProperties(@Nullable URI url, @DefaultValue("hobbs:rl:") @NotBlank String keyPrefix,
		@DefaultValue("1s") Duration timeout) {

	RateLimitRedisProperties {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("hobbs.rate-limit.redis.timeout must be positive");
		}
	}

	/** Whether a Redis URL is set (an empty environment variable is not). */
	boolean configured() {
		return url != null && !url.toString().isBlank();
	}

}
