package aero.hobbs.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import aero.hobbs.TestRedis;
import aero.hobbs.shared.web.RateLimiter.Budget;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Windows in the real Redis: exact values, exactly the limit under 200 concurrent clients
 * and across two nodes, a fresh window once one ends, and a Redis that does not answer
 * costing neither a hang nor the password in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisRateLimitWindowsTests {

	private static final Duration HOUR = Duration.ofHours(1);

	private static final String PREFIX = TestRedis.newPrefix();

	private static TestRedis redis;

	@BeforeAll
	static void connect() {
		redis = TestRedis.connect();
	}

	@AfterAll
	static void cleanUp() {
		redis.deleteAll(PREFIX);
		redis.close();
	}

	@Test
	void countsAWindowOfOneHourUnderThePrefix() {
		try (RedisWindows windows = windows(HOUR)) {
			long before = System.currentTimeMillis() / 1000;

			Budget first = windows.take("key:one:2", 2).orElseThrow();
			Budget second = windows.take("key:one:2", 2).orElseThrow();
			Budget third = windows.take("key:one:2", 2).orElseThrow();

			assertThat(first.allowed()).isTrue();
			assertThat(first.limit()).isEqualTo(2);
			assertThat(first.remaining()).isEqualTo(1);
			assertThat(first.retryAfterSeconds()).isZero();
			assertThat(first.resetAt()).isBetween(before + 3599, System.currentTimeMillis() / 1000 + 3601);
			assertThat(second.allowed()).isTrue();
			assertThat(second.remaining()).isZero();
			assertThat(third.allowed()).isFalse();
			assertThat(third.remaining()).isZero();
			assertThat(third.retryAfterSeconds()).isBetween(1L, 3600L);
			assertThat(third.resetAt()).isEqualTo(first.resetAt());
			assertThat(redis.commands().get(PREFIX + "key:one:2")).isEqualTo("3");
			assertThat(redis.commands().pttl(PREFIX + "key:one:2")).isBetween(1L, HOUR.toMillis());
			assertThat(windows.take("key:other:2", 2).orElseThrow().remaining()).as("each key its own window")
				.isEqualTo(1);
		}
	}

	@Test
	void twoHundredConcurrentClientsOnTwoNodesGetExactlyTheLimit() throws Exception {
		try (RedisWindows one = windows(HOUR); RedisWindows two = windows(HOUR)) {
			AtomicInteger allowed = new AtomicInteger();
			AtomicInteger refused = new AtomicInteger();
			try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
				List<Future<?>> running = new ArrayList<>();
				for (int c = 0; c < 200; c++) {
					RedisWindows node = c % 2 == 0 ? one : two;
					running.add(threads.submit(() -> {
						for (int r = 0; r < 4; r++) {
							Budget budget = node.take("org:busy:500", 500).orElseThrow();
							(budget.allowed() ? allowed : refused).incrementAndGet();
						}
						return null;
					}));
				}
				for (Future<?> future : running) {
					future.get();
				}
			}

			assertThat(allowed.get()).isEqualTo(500);
			assertThat(refused.get()).isEqualTo(300);
			assertThat(redis.commands().get(PREFIX + "org:busy:500")).isEqualTo("800");
		}
	}

	@Test
	void aFreshWindowStartsOnceTheWindowHasEnded() {
		try (RedisWindows windows = windows(Duration.ofMillis(300))) {
			assertThat(windows.take("key:short:2", 2).orElseThrow().allowed()).isTrue();
			assertThat(windows.take("key:short:2", 2).orElseThrow().allowed()).isTrue();
			Budget refused = windows.take("key:short:2", 2).orElseThrow();
			assertThat(refused.allowed()).isFalse();
			assertThat(refused.retryAfterSeconds()).isEqualTo(1);

			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> redis.commands().exists(PREFIX + "key:short:2") == 0);
			Budget fresh = windows.take("key:short:2", 2).orElseThrow();

			assertThat(fresh.allowed()).isTrue();
			assertThat(fresh.remaining()).isEqualTo(1);
		}
	}

	@Test
	void aWindowThatLostItsExpiryGetsItBack() {
		redis.commands().set(PREFIX + "key:persisted:10", "4");
		try (RedisWindows windows = windows(HOUR)) {
			Budget budget = windows.take("key:persisted:10", 10).orElseThrow();

			assertThat(budget.remaining()).isEqualTo(5);
			assertThat(redis.commands().pttl(PREFIX + "key:persisted:10")).isBetween(1L, HOUR.toMillis());
		}
	}

	@Test
	void anUnreachableRedisAnswersEmptyAndTheLogHasNoPassword(CapturedOutput output) throws IOException {
		int port = closedPort();
		try (RedisWindows windows = windows(URI.create("redis://:s3cret-Pass@127.0.0.1:" + port + "/0"), HOUR)) {
			Optional<Budget> budget = windows.take("key:nowhere:5", 5);

			assertThat(budget).isEmpty();
			assertThat(windows.take("key:nowhere:5", 5)).as("skips Redis for a while").isEmpty();
		}
		assertThat(output).contains("Rate-limit windows in Redis (redis://127.0.0.1:" + port + "/0) are unavailable");
		assertThat(output).doesNotContain("s3cret-Pass");
	}

	@Test
	void aRefusedPasswordIsNotLogged(CapturedOutput output) {
		// the test Redis has no password: it refuses any
		try (RedisWindows windows = windows(URI.create("redis://hobbs:Wr0ng-Secret@127.0.0.1:6379/0"), HOUR)) {
			assertThat(windows.take("key:refused:5", 5)).isEmpty();
		}
		assertThat(output).contains("Rate-limit windows in Redis (redis://127.0.0.1:6379/0) are unavailable");
		assertThat(output).doesNotContain("Wr0ng-Secret");
	}

	@Test
	void theLimiterCountsInMemoryWhileRedisDoesNotAnswer() throws IOException {
		DataSourceProperties h2 = new DataSourceProperties();
		h2.setUrl("jdbc:h2:mem:unused");
		RateLimitRedisProperties unreachable = new RateLimitRedisProperties(
				URI.create("redis://127.0.0.1:" + closedPort() + "/0"), PREFIX, Duration.ofMillis(500));
		try (RateLimiter limiter = new RateLimiter(JdbcClient.create(new DriverManagerDataSource()), h2, unreachable)) {
			Budget first = limiter.consume("key:fallback", 2);
			Budget second = limiter.consume("key:fallback", 2);
			Budget third = limiter.consume("key:fallback", 2);

			assertThat(first.allowed()).isTrue();
			assertThat(first.remaining()).isEqualTo(1);
			assertThat(second.allowed()).isTrue();
			assertThat(third.allowed()).isFalse();
			assertThat(third.retryAfterSeconds()).isBetween(1L, 3600L);
		}
	}

	@Test
	void withoutAUrlNothingIsConfigured() {
		assertThat(new RateLimitRedisProperties(null, "hobbs:rl:", Duration.ofSeconds(1)).configured()).isFalse();
		assertThat(new RateLimitRedisProperties(URI.create(""), "hobbs:rl:", Duration.ofSeconds(1)).configured())
			.isFalse();
	}

	private static RedisWindows windows(Duration window) {
		return windows(URI.create(TestRedis.URL), window);
	}

	private static RedisWindows windows(URI url, Duration window) {
		return new RedisWindows(new RateLimitRedisProperties(url, PREFIX, Duration.ofSeconds(2)), window);
	}

	/** A loopback port nothing listens on (it was free a moment ago). */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
