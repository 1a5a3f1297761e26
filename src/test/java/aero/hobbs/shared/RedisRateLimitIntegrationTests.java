package aero.hobbs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.TestRedis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a Redis URL configured, a key's hourly budget (here 3) is a window in Redis: the
 * same headers, 429 and Retry-After as without it, and the count is Redis's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hobbs.api.rate-limit.per-hour=3", "hobbs.rate-limit.redis.url=" + TestRedis.URL })
class RedisRateLimitIntegrationTests {

	private static final String PREFIX = TestRedis.newPrefix();

	private static TestRedis redis;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void keyPrefix(DynamicPropertyRegistry registry) {
		registry.add("hobbs.rate-limit.redis.key-prefix", () -> PREFIX);
	}

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
	void answers429OnceTheBudgetInRedisIsSpent() {
		ApiClient api = new ApiClient(port);
		Pilot pilot = api.newPilot();
		long now = System.currentTimeMillis() / 1000;

		for (int i = 2; i >= 0; i--) {
			Response allowed = api.get("/v1/ping", pilot.key());
			assertThat(allowed.status()).isEqualTo(200);
			assertThat(allowed.header("X-RateLimit-Limit")).isEqualTo("3");
			assertThat(allowed.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(i));
			assertThat(Long.parseLong(allowed.header("X-RateLimit-Reset"))).isBetween(now + 3599,
					System.currentTimeMillis() / 1000 + 3601);
		}
		Response refused = api.get("/v1/me", pilot.key());

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("rate_limited");
		assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(Long.parseLong(refused.header("X-RateLimit-Reset"))).isBetween(now,
				System.currentTimeMillis() / 1000 + 3601);
		List<String> windows = redis.keys(PREFIX + "key:");
		assertThat(windows).as("the key's window is in Redis, under the prefix").hasSize(1);
		assertThat(windows.getFirst()).endsWith(":3");
		assertThat(redis.commands().get(windows.getFirst())).isEqualTo("4");

		Pilot other = api.newPilot();
		assertThat(api.get("/v1/ping", other.key()).status()).as("each key has its own budget").isEqualTo(200);
		assertThat(redis.keys(PREFIX + "key:")).hasSize(2);
	}

	@Test
	void countsRequestsWithoutAKeyOnThisNodeOnly() {
		ApiClient api = new ApiClient(port);

		Response response = api.get("/v1/public/ping", null);

		assertThat(response.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(redis.keys(PREFIX + "addr:")).as("anonymous requests never reach Redis").isEmpty();
	}

}
