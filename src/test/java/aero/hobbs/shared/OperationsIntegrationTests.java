package aero.hobbs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * What an operator and an integrator rely on: health, metrics, request ids and a complete
 * OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void reportsHealthAndPrometheusMetrics() {
		ApiClient api = new ApiClient(port);
		Response health = api.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body().get("status").asString()).isEqualTo("UP");
		var metrics = api.getText("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void givesEveryAnswerARequestIdAndKeepsASaneOne() {
		ApiClient api = new ApiClient(port);
		assertThat(api.get("/actuator/health", null).header("X-Request-Id")).hasSizeGreaterThan(8);
	}

	@Test
	void publishesAnOpenApiDocumentForEveryEndpoint() {
		JsonNode doc = new ApiClient(port).get("/v3/api-docs", null).body();
		JsonNode paths = doc.get("paths");
		assertThat(paths.propertyNames()).contains("/v1/me", "/v1/ping", "/v1/me/totals", "/v1/me/flight-logs",
				"/v1/me/flight-logs/{id}", "/v1/me/aircraft", "/v1/me/aircraft/{id}", "/v1/me/api-keys",
				"/v1/me/api-keys/{id}", "/v1/airports", "/v1/airports/{code}", "/api/admin/users",
				"/api/admin/connectors", "/api/v1/connectors/import-emails.php", "/api/v1/connectors/import-emails",
				"/api/partner-connector-users.php", "/v1/me/connectors", "/v1/me/connectors/{id}/check",
				"/v1/me/connectors/{id}/preview", "/v1/me/connectors/{id}/sync", "/api/admin/faa-registry",
				"/api/admin/faa-registry/load", "/v1/me/integrations/myflightbook",
				"/v1/me/integrations/myflightbook/sync");
		assertThat(doc.get("components").get("schemas").get("FlightLogAttributes").get("properties").propertyNames())
			.hasSize(76)
			.contains("flight_date", "glass_cockpit_minutes", "full_stop_landings_night", "custom_properties");
		JsonNode list = paths.get("/v1/me/flight-logs").get("get").get("responses");
		assertThat(list.get("200").get("headers").propertyNames()).contains("X-RateLimit-Limit",
				"X-RateLimit-Remaining", "X-RateLimit-Reset");
		assertThat(list.propertyNames()).contains("400", "401", "429");
		assertThat(doc.get("components").get("securitySchemes").propertyNames()).contains("apiKey", "adminToken",
				"connectorKey");
		JsonNode importEmails = paths.get("/api/v1/connectors/import-emails.php").get("post").get("responses");
		assertThat(importEmails.get("401").get("content").get("application/json").get("schema").get("$ref").asString())
			.endsWith("/PartnerError");
		assertThat(paths.get("/v1/me/connectors/{id}/sync").get("post").get("responses").propertyNames())
			.contains("502");
	}

	@Test
	void servesSwaggerUi() {
		assertThat(new ApiClient(port).getText("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

}
