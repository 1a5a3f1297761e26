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
 * which exactly the limit is allowed; then a new window starts. On PostgreSQL the shared
 * windows are rows of {@code shared_rate_limit_window}, counted up by one atomic
 * statement per request (no lock is held between round trips), so every node that shares
 * the database enforces one limit. The embedded H2 default is one process by
 * construction, so its budgets are Bucket4j buckets in memory (capacity = limit, the
 * whole capacity refilled once per hour: the same window). Local budgets
 * ({@link #consumeLocal}) are per node everywhere: they count requests without a valid
 * key, which should not cost a database write each. See
 * docs/adr/0005-organization-rate-limits.md.
 */
@Component
class RateLimiter {

	private static final Duration WINDOW = Duration.ofHours(1);

	/**
	 * Counts one request in the window {@code id}: a window that has ended starts again
	 * at one. The database's clock decides, so nodes with skewed clocks agree.
	 */
	private static final String COUNT = """
			INSERT INTO shared_rate_limit_window AS w (id, window_ends, used)
			VALUES (:id, (extract(epoch FROM clock_timestamp()) * 1000)::bigint + :window, 1)
			ON CONFLICT (id) DO UPDATE SET
			    used = CASE WHEN w.window_ends <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint
			        THEN 1 ELSE w.used + 1 END,
			    window_ends = CASE WHEN w.window_ends <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint
			        THEN EXCLUDED.window_ends ELSE w.window_ends END
			RETURNING used, window_ends, (extract(epoch FROM clock_timestamp()) * 1000)::bigint""";

	private final Map<String, Bucket> localBuckets = new ConcurrentHashMap<>();

	private final @Nullable JdbcClient shared;

	RateLimiter(JdbcClient jdbc, DataSourceProperties properties) {
		String url = properties.getUrl() == null ? "" : properties.getUrl();
		this.shared = url.startsWith("jdbc:postgresql:") ? jdbc : null;
	}

	/**
	 * Takes one request from the shared budget {@code key}, whose limit is
	 * {@code perHour}. A changed limit is a new budget, with a fresh window.
	 */
	Budget consume(String key, long perHour) {
		String id = key + ":" + perHour;
		if (shared == null) {
			return take(local(id, perHour), perHour);
		}
		return shared.sql(COUNT).param("id", id).param("window", WINDOW.toMillis()).query((rs, n) -> {
			long used = rs.getLong(1);
			long endsMillis = rs.getLong(2);
			long nowMillis = rs.getLong(3);
			long resetSeconds = Math.max(1, ceilSeconds((endsMillis - nowMillis) * 1_000_000L));
			boolean allowed = used <= perHour;
			return new Budget(allowed, perHour, Math.max(0, perHour - used), nowMillis / 1000 + resetSeconds,
					allowed ? 0 : resetSeconds);
		}).single();
	}

	/** Takes one request from this node's budget {@code key}. */
	Budget consumeLocal(String key, long perHour) {
		return take(local(key + ":" + perHour, perHour), perHour);
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
