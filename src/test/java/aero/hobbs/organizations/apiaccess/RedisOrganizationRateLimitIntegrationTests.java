package aero.hobbs.organizations.apiaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.TestRedis;
import aero.hobbs.organizations.ApiAccessFixtures;
import aero.hobbs.organizations.ApiAccessFixtures.OrganizationKey;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.Role;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With Redis configured, an organization's budget is a window in Redis: under 200
 * concurrent clients exactly the plan's number of requests is allowed, and the 429s carry
 * Retry-After and the rate-limit headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hobbs.rate-limit.redis.url=" + TestRedis.URL)
@Import(OrganizationFixtures.class)
class RedisOrganizationRateLimitIntegrationTests {

	private static final String PREFIX = TestRedis.newPrefix();

	private static TestRedis redis;

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

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
	void twoHundredConcurrentClientsGetExactlyTheLimit() throws Exception {
		long limit = 500;
		int clients = 200;
		int requestsEach = 4;
		ApiClient api = new ApiClient(port);
		School school = fixtures.aSchool(api);
		ApiAccessFixtures.enable(api, school.id(), "enterprise", limit + 1);
		OrganizationKey key = ApiAccessFixtures.createKey(api, school.id(), school.admin().key(), Role.MEMBER);
		// a new limit is a fresh window: the key's creation above is not counted in it
		ApiAccessFixtures.enable(api, school.id(), "enterprise", limit);

		AtomicInteger allowed = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		ConcurrentHashMap<Integer, Integer> other = new ConcurrentHashMap<>();
		HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
		HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/ping"))
			.header("Authorization", "Bearer " + key.key())
			.build();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				running.add(threads.submit(() -> {
					for (int r = 0; r < requestsEach; r++) {
						int status = http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode();
						if (status == 200) {
							allowed.incrementAndGet();
						}
						else if (status == 429) {
							refused.incrementAndGet();
						}
						else {
							other.merge(status, 1, Integer::sum);
						}
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}

		assertThat(other).isEmpty();
		assertThat(allowed.get()).isEqualTo(limit);
		assertThat(refused.get()).isEqualTo(clients * requestsEach - limit);
		assertThat(redis.commands().get(PREFIX + "org:" + school.id() + ":" + limit))
			.as("every request was counted in Redis")
			.isEqualTo(Integer.toString(clients * requestsEach));

		Response past = api.get(school.path() + "/members", key.key());
		assertThat(past.status()).isEqualTo(429);
		assertThat(past.body().get("error").get("code").asString()).isEqualTo("rate_limited");
		assertThat(past.header("X-RateLimit-Limit")).isEqualTo("500");
		assertThat(past.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(past.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(Long.parseLong(past.header("X-RateLimit-Reset")))
			.isGreaterThanOrEqualTo(System.currentTimeMillis() / 1000);
		assertThat(api.get("/v1/me", school.owner().key()).status()).as("outside the organization: the key's own")
			.isEqualTo(200);
	}

}
