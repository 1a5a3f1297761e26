package aero.hobbs.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Hourly request budgets (Bucket4j). A budget refills its whole capacity once per hour
 * (an interval refill, not a greedy one), so each hour-long window allows exactly the
 * limit. On PostgreSQL the shared buckets live in the database, so every node that shares
 * it enforces one limit; the embedded H2 default is one process by construction, so its
 * buckets live in memory. Local buckets ({@link #consumeLocal}) are per node everywhere:
 * they count requests without a valid key, which should not cost a database write each.
 * See docs/adr/0005-organization-rate-limits.md.
 */
@Component
class RateLimiter {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final Map<String, Bucket> localBuckets = new ConcurrentHashMap<>();

	/**
	 * Proxies of the shared buckets, kept so that concurrent requests to one bucket on
	 * this node share one batching executor: they are sent to the database together, in
	 * one transaction, instead of queueing for the row lock one by one. Batching changes
	 * no count.
	 */
	private final Map<String, Bucket> sharedProxies = new ConcurrentHashMap<>();

	private final ProxyManager<String> sharedBuckets;

	RateLimiter(DataSource dataSource, DataSourceProperties properties) {
		String url = properties.getUrl() == null ? "" : properties.getUrl();
		this.sharedBuckets = url.startsWith("jdbc:postgresql:")
				? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
					.primaryKeyMapper(PrimaryKeyMapper.STRING)
					.table("shared_rate_limit_bucket")
					.idColumn("id")
					.stateColumn("state")
					.build()
				: null;
	}

	/**
	 * Takes one request from the shared bucket {@code key}, whose budget is
	 * {@code perHour}. A changed budget is a new bucket, with a fresh window.
	 */
	Budget consume(String key, long perHour) {
		String id = key + ":" + perHour;
		Bucket bucket = sharedBuckets == null ? local(id, perHour)
				: sharedProxies.computeIfAbsent(id,
						k -> sharedBuckets.builder()
							.withOptimization(Optimizations.batching())
							.build(k, () -> BucketConfiguration.builder().addLimit(hourly(perHour)).build()));
		return take(bucket, perHour);
	}

	/** Takes one request from this node's bucket {@code key}. */
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
