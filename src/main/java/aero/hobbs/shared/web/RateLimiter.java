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
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Hourly request budgets (Bucket4j). On PostgreSQL the buckets live in the database, so
 * every node that shares it enforces one limit; the embedded H2 default is one process by
 * construction, so its buckets live in memory.
 */
@Component
class RateLimiter {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final Map<String, Bucket> localBuckets = new ConcurrentHashMap<>();

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

	/** Takes one request from the bucket {@code key}, whose budget is {@code perHour}. */
	Budget consume(String key, long perHour) {
		String id = key + ":" + perHour;
		Bucket bucket = sharedBuckets != null
				? sharedBuckets.getProxy(id, () -> BucketConfiguration.builder().addLimit(hourly(perHour)).build())
				: localBuckets.computeIfAbsent(id, k -> Bucket.builder().addLimit(hourly(perHour)).build());
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
