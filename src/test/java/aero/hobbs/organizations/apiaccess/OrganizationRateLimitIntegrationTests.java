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
import aero.hobbs.organizations.ApiAccessFixtures;
import aero.hobbs.organizations.ApiAccessFixtures.OrganizationKey;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every request that acts in an organization counts against its plan's hourly limit: its
 * keys' requests and its members' personal-key requests together; past the limit 429 with
 * the headers and the error envelope; under 200 concurrent clients exactly the limit
 * succeeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
class OrganizationRateLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	@Test
	void theThousandAndFirstRequestOnTheStandardPlanAnswers429() {
		ApiClient api = new ApiClient(port);
		School school = fixtures.aSchool(api);
		ApiAccessFixtures.enable(api, school.id(), "standard", null);
		Response created = api.send("POST", school.path() + "/api-keys", school.admin().key(),
				java.util.Map.of("name", "Counter", "role", "member"));
		assertThat(created.header("X-RateLimit-Limit")).isEqualTo("1000");
		assertThat(created.header("X-RateLimit-Remaining")).isEqualTo("999");
		String key = created.body().get("data").get("attributes").get("key").asString();
		long now = System.currentTimeMillis() / 1000;

		for (int i = 998; i >= 0; i--) {
			// the key's requests and a member's personal-key requests in the organization
			// share one budget
			Response allowed = i % 2 == 0 ? api.get("/v1/ping", key) : api.get(school.path(), school.student().key());
			assertThat(allowed.status()).isEqualTo(200);
			assertThat(allowed.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(i));
			long reset = Long.parseLong(allowed.header("X-RateLimit-Reset"));
			assertThat(reset).isGreaterThan(now).isLessThanOrEqualTo(now + 3601);
		}
		Response refused = api.get(school.path() + "/members", key);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("rate_limited");
		assertThat(refused.body().get("error").get("message").asString()).contains("1000 requests per hour");
		assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("1000");
		assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(Long.parseLong(refused.header("X-RateLimit-Reset"))).isGreaterThan(now);
		assertThat(api.get(school.path(), school.owner().key()).status()).as("every member shares the limit")
			.isEqualTo(429);
		assertThat(api.get("/v1/me", school.owner().key()).status()).as("outside the organization: the key's own")
			.isEqualTo(200);
	}

	@Test
	void twoHundredConcurrentClientsGetExactlyTheLimit() throws Exception {
		assertExactlyTheLimit(500, 200, 4);
		assertExactlyTheLimit(1000, 200, 7);
	}

	private void assertExactlyTheLimit(long limit, int clients, int requestsEach) throws Exception {
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
	}

}
