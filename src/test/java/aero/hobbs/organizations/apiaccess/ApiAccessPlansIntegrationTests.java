package aero.hobbs.organizations.apiaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The platform admin's API-access endpoint: plans, limits, and errors naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
class ApiAccessPlansIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	ApiClient api;

	School school;

	String path;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = fixtures.aSchool(api);
		path = "/api/admin/organizations/" + school.id() + "/api-access";
	}

	@Test
	void enablesChangesAndDisablesAPlan() {
		Response before = api.get(path, ApiClient.ADMIN_TOKEN);
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.body().get("data").get("attributes").get("enabled").asBoolean()).isFalse();

		Response standard = api.send("PUT", path, ApiClient.ADMIN_TOKEN, Map.of("plan", "standard"));
		assertThat(standard.status()).isEqualTo(200);
		assertThat(standard.body().get("data").get("type").asString()).isEqualTo("api_access");
		assertThat(standard.body().get("data").get("attributes").get("requests_per_hour").asLong()).isEqualTo(1000);

		Response organization = api.send("POST", path, ApiClient.ADMIN_TOKEN,
				Map.of("plan", "organization", "requests_per_hour", 5000));
		assertThat(organization.body().get("data").get("attributes").get("requests_per_hour").asLong()).isEqualTo(5000);

		api.send("PUT", path, ApiClient.ADMIN_TOKEN, Map.of("plan", "enterprise", "requests_per_hour", 25_000));
		Response shown = api.get(path, ApiClient.ADMIN_TOKEN);
		assertThat(shown.body().get("data").get("attributes").get("plan").asString()).isEqualTo("enterprise");
		assertThat(shown.body().get("data").get("attributes").get("requests_per_hour").asLong()).isEqualTo(25_000);
		Response listed = api.get("/api/admin/organizations?per_page=100", ApiClient.ADMIN_TOKEN);
		assertThat(listed.raw().body()).contains(school.id().toString());

		assertThat(api.send("DELETE", path, ApiClient.ADMIN_TOKEN, null).status()).isEqualTo(204);
		assertThat(api.get(path, ApiClient.ADMIN_TOKEN).body().get("data").get("attributes").get("enabled").asBoolean())
			.isFalse();
	}

	@Test
	void namesTheFieldThatIsWrong() {
		assertField(Map.of(), "plan");
		assertField(Map.of("plan", "gold"), "plan");
		assertField(Map.of("plan", "enterprise"), "requests_per_hour");
		assertField(Map.of("plan", "enterprise", "requests_per_hour", 0), "requests_per_hour");
		assertField(Map.of("plan", "enterprise", "requests_per_hour", 2_000_000_000L), "requests_per_hour");
		assertField(Map.of("plan", "standard", "requests_per_hour", 2000), "requests_per_hour");
		assertField(Map.of("plan", "organization", "requests_per_hour", 1000), "requests_per_hour");
		assertThat(api.get(path, ApiClient.ADMIN_TOKEN).body().get("data").get("attributes").get("enabled").asBoolean())
			.as("nothing was written")
			.isFalse();
	}

	@Test
	void answers404ForAnUnknownOrganizationAnd401WithoutTheAdminToken() {
		String unknown = "/api/admin/organizations/" + java.util.UUID.randomUUID() + "/api-access";
		assertThat(api.send("PUT", unknown, ApiClient.ADMIN_TOKEN, Map.of("plan", "standard")).status()).isEqualTo(404);
		assertThat(api.send("PUT", path, school.owner().key(), Map.of("plan", "standard")).status()).isEqualTo(401);
	}

	private void assertField(Map<String, Object> body, String field) {
		Response refused = api.send("PUT", path, ApiClient.ADMIN_TOKEN, new HashMap<>(body));
		assertThat(refused.status()).as("%s", body).isEqualTo(400);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("validation_error");
		assertThat(refused.body().get("error").get("details").get("field").asString()).as("%s", body).isEqualTo(field);
	}

}
