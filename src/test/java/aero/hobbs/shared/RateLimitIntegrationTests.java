package aero.hobbs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A key's hourly budget, here lowered to 3 (2 for connector keys), is enforced with 429,
 * Retry-After and the rate-limit headers, in each surface's error format.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hobbs.api.rate-limit.per-hour=3", "hobbs.partner-api.rate-limit-per-hour=2" })
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

	@Test
	void limitsAConnectorKeyWithAPartnerError() {
		ApiClient api = new ApiClient(port);
		String key = api
			.send("POST", "/api/admin/connectors", ApiClient.ADMIN_TOKEN,
					Map.of("name", "Limited", "endpoint_checkuser",
							"https://partner.example.com/connector/checkuser.php", "endpoint_getnewids",
							"https://partner.example.com/connector/getnewids.php", "access_plan", 1,
							"monthly_user_price", Map.of("amount", "1.00", "currency", "EUR")))
			.body()
			.get("data")
			.get("attributes")
			.get("api_key")
			.asString();
		Map<String, Object> body = Map.of("emails", List.of("limited@example.com"));
		for (int i = 0; i < 2; i++) {
			assertThat(api.send("POST", "/api/v1/connectors/import-emails.php", key, body).status()).isEqualTo(200);
		}

		Response refused = api.send("POST", "/api/v1/connectors/import-emails.php", key, body);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("error").asString()).contains("Rate limit");
		assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
	}

}
