package aero.hobbs.organizations.apiaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.ApiAccessFixtures;
import aero.hobbs.organizations.ApiAccessFixtures.OrganizationKey;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.BearerKeys;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Organization API keys over real HTTP: an admin creates, lists and revokes them once the
 * platform admin has enabled API access; a key acts with its role in its own organization
 * only, and nowhere else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
class OrganizationApiKeysIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	School school;

	@BeforeEach
	void aSchoolWithApiAccess() {
		api = new ApiClient(port);
		school = fixtures.aSchool(api);
		ApiAccessFixtures.enable(api, school.id(), "standard", null);
	}

	@Test
	void createsAKeyShownOnceAndStoredHashed() {
		Response created = api.send("POST", school.path() + "/api-keys", school.admin().key(),
				Map.of("name", "Scheduling system", "role", "instructor"));

		assertThat(created.status()).isEqualTo(201);
		JsonNode data = created.body().get("data");
		assertThat(data.get("type").asString()).isEqualTo("organization_api_key");
		JsonNode attributes = data.get("attributes");
		String key = attributes.get("key").asString();
		assertThat(key).startsWith("hbo_").hasSizeGreaterThanOrEqualTo(4 + 43);
		assertThat(attributes.get("role").asString()).isEqualTo("instructor");
		assertThat(attributes.get("prefix").asString()).isEqualTo(key.substring(0, 12));

		Response listed = api.get(school.path() + "/api-keys", school.owner().key());
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body().get("data")).hasSize(1);
		assertThat(listed.body().get("data").get(0).get("attributes").has("key")).isFalse();
		Response one = api.get(school.path() + "/api-keys/" + data.get("id").asString(), school.admin().key());
		assertThat(one.body().get("data").get("attributes").has("key")).isFalse();
		assertThat(listed.raw().body()).doesNotContain(key);

		String stored = jdbc.sql("SELECT key_hash FROM organization_api_key WHERE id = ?")
			.param(java.util.UUID.fromString(data.get("id").asString()))
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(BearerKeys.sha256(key)).doesNotContain(key.substring(4));
	}

	@Test
	void actsWithItsRole() {
		OrganizationKey admin = ApiAccessFixtures.createKey(api, school.id(), school.admin().key(), Role.ADMIN);
		OrganizationKey student = ApiAccessFixtures.createKey(api, school.id(), school.admin().key(), Role.STUDENT);

		Response invited = api.send("POST", school.path() + "/members", admin.key(),
				Map.of("email", "new-" + System.nanoTime() + "@example.com", "role", "member"));
		assertThat(invited.status()).as(invited.raw().body()).isEqualTo(201);
		Response aircraft = api.send("POST", school.path() + "/aircraft", admin.key(),
				Map.of("registration", "D-EKEY", "type_code", "C172"));
		assertThat(aircraft.status()).as(aircraft.raw().body()).isEqualTo(201);
		assertThat(api
			.send("POST", school.path() + "/aircraft", student.key(),
					Map.of("registration", "D-ESTU", "type_code", "C172"))
			.status()).isEqualTo(403);
		Response renamed = api.send("PATCH", school.path(), admin.key(), Map.of("name", "Renamed by a key"));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.body().get("data").get("attributes").get("name").asString()).isEqualTo("Renamed by a key");

		Response refused = api.send("POST", school.path() + "/members", student.key(),
				Map.of("email", "other-" + System.nanoTime() + "@example.com", "role", "member"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("forbidden");
		assertThat(refused.body().get("error").get("message").asString()).contains("student");
		assertThat(api.get(school.path() + "/members", student.key()).status()).isEqualTo(200);
	}

	@Test
	void neverReachesAnotherOrganizationOrThePersonalApi() {
		OrganizationKey key = ApiAccessFixtures.createKey(api, school.id(), school.admin().key(), Role.ADMIN);
		School other = fixtures.aSchool(api, "Other School", "EUR");
		ApiAccessFixtures.enable(api, other.id(), "standard", null);

		Response elsewhere = api.get(other.path() + "/members", key.key());
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(elsewhere.body().get("error").get("code").asString()).isEqualTo("not_found");
		assertThat(elsewhere.header("X-RateLimit-Limit")).isEqualTo("1000");

		for (String personal : new String[] { "/v1/me", "/v1/me/flight-logs", "/v1/organizations" }) {
			Response refused = api.get(personal, key.key());
			assertThat(refused.status()).as(personal).isEqualTo(403);
			assertThat(refused.body().get("error").get("message").asString()).contains("personal API key");
			assertThat(refused.header("X-RateLimit-Remaining")).isNotNull();
		}
		assertThat(api.get("/v1/ping", key.key()).status()).isEqualTo(200);
	}

	@Test
	void aRevokedKeyAndAKeyOfADisabledOrganizationAnswer401() {
		OrganizationKey key = ApiAccessFixtures.createKey(api, school.id(), school.admin().key(), Role.MEMBER);
		assertThat(api.get(school.path(), key.key()).status()).isEqualTo(200);

		Response revoked = api.send("DELETE", school.path() + "/api-keys/" + key.id(), school.owner().key(), null);
		assertThat(revoked.status()).isEqualTo(204);

		Response refused = api.get(school.path(), key.key());
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("unauthorized");
		assertThat(refused.header("X-RateLimit-Limit")).isNotNull();
		assertThat(api.get(school.path() + "/api-keys/" + key.id(), school.admin().key())
			.body()
			.get("data")
			.get("attributes")
			.get("active")
			.asBoolean()).isFalse();

		OrganizationKey second = ApiAccessFixtures.createKey(api, school.id(), school.admin().key(), Role.MEMBER);
		assertThat(api
			.send("DELETE", "/api/admin/organizations/" + school.id() + "/api-access", ApiClient.ADMIN_TOKEN, null)
			.status()).isEqualTo(204);
		assertThat(api.get(school.path(), second.key()).status()).isEqualTo(401);
	}

	@Test
	void refusesKeysUntilApiAccessIsEnabled() {
		School without = fixtures.aSchool(api, "No API School", "EUR");

		Response refused = api.send("POST", without.path() + "/api-keys", without.owner().key(),
				Map.of("name", "Too early", "role", "admin"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("error").get("message").asString()).contains("ask the platform admin");
	}

	@Test
	void onlyOwnersAndAdminsManageKeysAndNoKeyIsAnOwner() {
		assertThat(api.get(school.path() + "/api-keys", school.instructor().key()).status()).isEqualTo(403);
		Response owner = api.send("POST", school.path() + "/api-keys", school.owner().key(),
				Map.of("name", "Owner key", "role", "owner"));
		assertThat(owner.status()).isEqualTo(400);
		assertThat(owner.body().get("error").get("details").get("field").asString()).isEqualTo("role");
		Response unnamed = api.send("POST", school.path() + "/api-keys", school.owner().key(),
				Map.of("name", " ", "role", "admin"));
		assertThat(unnamed.body().get("error").get("details").get("field").asString()).isEqualTo("name");
	}

}
