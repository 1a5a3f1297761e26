package aero.hobbs.organizations.apiaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.HobbsApplication;
import aero.hobbs.TestRedis;
import aero.hobbs.organizations.ApiAccessFixtures;
import aero.hobbs.organizations.ApiAccessFixtures.OrganizationKey;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Role;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server nodes with one Redis share one organization's limit: requests sent to them
 * in turn are allowed exactly as often as the plan says, in total, and the count is in
 * Redis. Unlike {@link TwoNodesRateLimitIntegrationTests} this runs on H2 too (both nodes
 * live in this JVM and share its in-memory test database), where without Redis each node
 * would count on its own.
 */
class TwoNodesRedisRateLimitIntegrationTests {

	private static final long LIMIT = 300;

	@Test
	void twoNodesShareOneLimitInRedis() {
		String prefix = TestRedis.newPrefix();
		try (TestRedis redis = TestRedis.connect();
				ConfigurableApplicationContext first = node(prefix);
				ConfigurableApplicationContext second = node(prefix)) {
			ApiClient one = new ApiClient(port(first));
			ApiClient two = new ApiClient(port(second));
			Pilot owner = one.newPilot();
			Response created = one.send("POST", "/v1/organizations", owner.key(),
					Map.of("name", "Two Nodes Redis Aero Club", "time_zone", "Europe/Berlin", "currency", "EUR"));
			assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
			OrganizationId organization = OrganizationId.of(created.body().get("data").get("id").asString());
			ApiAccessFixtures.enable(one, organization, "enterprise", LIMIT + 1);
			OrganizationKey key = ApiAccessFixtures.createKey(one, organization, owner.key(), Role.MEMBER);
			ApiAccessFixtures.enable(two, organization, "enterprise", LIMIT);

			int allowedByFirst = 0;
			int allowedBySecond = 0;
			for (int i = 0; i < LIMIT + 50; i++) {
				boolean toFirst = i % 2 == 0;
				Response response = (toFirst ? one : two).get("/v1/ping", key.key());
				assertThat(response.status()).isIn(200, 429);
				if (response.status() == 200) {
					allowedByFirst += toFirst ? 1 : 0;
					allowedBySecond += toFirst ? 0 : 1;
				}
				assertThat(response.header("X-RateLimit-Remaining"))
					.isEqualTo(Long.toString(Math.max(0, LIMIT - i - 1)));
			}

			assertThat(allowedByFirst + allowedBySecond).isEqualTo(LIMIT);
			assertThat(allowedByFirst).isEqualTo(LIMIT / 2);
			assertThat(allowedBySecond).isEqualTo(LIMIT / 2);
			assertThat(one.get("/v1/ping", key.key()).status()).isEqualTo(429);
			assertThat(two.get("/v1/ping", key.key()).status()).isEqualTo(429);
			assertThat(redis.commands().get(prefix + "org:" + organization + ":" + LIMIT))
				.isEqualTo(Long.toString(LIMIT + 52));
			redis.deleteAll(prefix);
		}
	}

	private static ConfigurableApplicationContext node(String prefix) {
		return new SpringApplicationBuilder(HobbsApplication.class).run("--server.port=0",
				"--hobbs.rate-limit.redis.url=" + TestRedis.URL, "--hobbs.rate-limit.redis.key-prefix=" + prefix);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
