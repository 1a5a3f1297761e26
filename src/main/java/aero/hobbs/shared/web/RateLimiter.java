package aero.hobbs.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Hourly request budgets. A budget is a window of one hour from its first request in
 * which exactly the limit is allowed; then a new window starts. When Redis is configured
 * ({@code hobbs.rate-limit.redis.url}) the shared windows are keys in Redis
 * ({@link RedisWindows}); otherwise, on PostgreSQL, they are rows of
 * {@code shared_rate_limit_window} ({@link SharedWindows}). Either way every node that
 * shares the store enforces one limit. The embedded H2 default is one process by
 * construction, so without Redis its budgets are Bucket4j buckets in memory (capacity =
 * limit, the whole capacity refilled once per hour: the same window). While a configured
 * Redis does not answer, the budgets are counted as without it. Local budgets
 * ({@link #consumeLocal}) are per node everywhere: they count requests without a valid
 * key, which should not cost a round trip each. See
 * docs/adr/0005-organization-rate-limits.md and docs/adr/0006-rate-limits-in-redis.md.
 */
@Component
class RateLimiter implements AutoCloseable {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final Map<String, Bucket> localBuckets = new ConcurrentHashMap<>();

	private final @Nullable RedisWindows redis;

	private final @Nullable SharedWindows shared;

	RateLimiter(JdbcClient jdbc, DataSourceProperties properties, RateLimitRedisProperties redis) {
		String url = properties.getUrl() == null ? "" : properties.getUrl();
		this.redis = redis.configured() ? new RedisWindows(redis, WINDOW) : null;
		this.shared = url.startsWith("jdbc:postgresql:") ? new SharedWindows(jdbc, WINDOW) : null;
	}

	/**
	 * Takes one request from the shared budget {@code key}, whose limit is
	 * {@code perHour}. A changed limit is a new budget, with a fresh window.
	 */
	Budget consume(String key, long perHour) {
		String id = key + ":" + perHour;
		if (redis != null) {
			return redis.take(id, perHour).orElseGet(() -> withoutRedis(id, perHour));
		}
		return withoutRedis(id, perHour);
	}

	private Budget withoutRedis(String id, long perHour) {
		return shared == null ? take(local(id, perHour), perHour) : shared.take(id, perHour);
	}

	/** Takes one request from this node's budget {@code key}. */
	Budget consumeLocal(String key, long perHour) {
		return take(local(key + ":" + perHour, perHour), perHour);
	}

	@Override
	public void close() {
		if (redis != null) {
			redis.close();
		}
	}

	private Bucket local(String id, long perHour) {
		return localBuckets.computeIfAbsent(id, k -> Bucket.builder().addLimit(hourly(perHour)).build());
	}

	private static Budget take(Bucket bucket, long perHour) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		long resetSeconds = Math.max(1, ceilSeconds(probe.getNanosToWaitForReset()));
		return new Budget(probe.isConsumed(), perHour, probe.getRemainingTokens(),
				System.currentTimeMillis() / 1000 + resetSeconds,
				probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
	}

	private static Bandwidth hourly(long perHour) {
		return Bandwidth.builder().capacity(perHour).refillIntervally(perHour, WINDOW).build();
	}

	private static long ceilSeconds(long nanos) {
		return (nanos + 999_999_999L) / 1_000_000_000L;
	}

	/**
	 * What is left of a budget: {@code resetAt} in epoch seconds,
	 * {@code retryAfterSeconds} when refused.
	 */
	record Budget(boolean allowed, long limit, long remaining, long resetAt, long retryAfterSeconds) {
	}

}
