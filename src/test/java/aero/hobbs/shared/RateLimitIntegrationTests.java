package aero.hobbs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A key's hourly budget, here lowered to 3, is enforced with 429, Retry-After and the
 * rate-limit headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hobbs.api.rate-limit.per-hour=3")
class RateLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void answers429OnceTheHourlyBudgetIsSpent() {
		ApiClient api = new ApiClient(port);
		Pilot pilot = api.newPilot();

		for (int i = 2; i >= 0; i--) {
			Response allowed = api.get("/v1/ping", pilot.key());
			assertThat(allowed.status()).isEqualTo(200);
			assertThat(allowed.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(i));
		}
		Response refused = api.get("/v1/me", pilot.key());

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("rate_limited");
		assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(Long.parseLong(refused.header("X-RateLimit-Reset"))).isBetween(System.currentTimeMillis() / 1000,
				System.currentTimeMillis() / 1000 + 3601);

		Pilot other = api.newPilot();
		assertThat(api.get("/v1/ping", other.key()).status()).as("each key has its own budget").isEqualTo(200);
	}

}
