package aero.hobbs.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The admin bootstrap, `/v1/me` and personal API keys, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsApiIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void adminCreatesAPilotWithAKeyThatWorks() {
		Pilot pilot = api.newPilot();

		assertThat(pilot.key()).startsWith("hbs_");
		Response me = api.get("/v1/me", pilot.key());
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("data").get("type").asString()).isEqualTo("user");
		assertThat(me.body().get("data").get("attributes").get("email").asString()).isEqualTo(pilot.email());
		assertThat(me.body().get("data").get("attributes").has("api_key")).as("a key is shown once only").isFalse();
	}

	@Test
	void adminApiRequiresTheAdminToken() {
		Map<String, Object> user = Map.of("email", "x@example.com", "password", "long-enough-1", "name", "X");
		assertThat(api.send("POST", "/api/admin/users", null, user).status()).isEqualTo(401);
		Response wrong = api.send("POST", "/api/admin/users", "not-the-token", user);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.body().get("error").get("code").asString()).isEqualTo("unauthorized");
		Pilot pilot = api.newPilot();
		assertThat(api.send("POST", "/api/admin/users", pilot.key(), user).status()).as("a pilot key is no admin token")
			.isEqualTo(401);
	}

	@Test
	void refusesADuplicateEmailRegardlessOfCase() {
		Pilot pilot = api.newPilot();
		Response duplicate = api.send("POST", "/api/admin/users", ApiClient.ADMIN_TOKEN,
				Map.of("email", pilot.email().toUpperCase(), "password", "long-enough-1", "name", "Twin"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.body().get("error").get("details").get("field").asString()).isEqualTo("email");
	}

	@Test
	void namesEveryInvalidSignUpField() {
		Response refused = api.send("POST", "/api/admin/users", ApiClient.ADMIN_TOKEN,
				Map.of("email", "not-an-email", "password", "short", "name", ""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("email", "password", "name");
	}

	@Test
	void pilotCreatesListsAndRevokesKeys() {
		Pilot pilot = api.newPilot();

		Response created = api.send("POST", "/v1/me/api-keys", pilot.key(), Map.of("name", "logbook sync"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode key = created.body().get("data");
		String secret = key.get("attributes").get("key").asString();
		assertThat(api.get("/v1/me", secret).status()).isEqualTo(200);

		Response list = api.get("/v1/me/api-keys", pilot.key());
		assertThat(list.body().get("data").findValuesAsString("name")).contains("logbook sync", "admin-created");
		assertThat(list.body().get("data").findValues("key")).as("lists never show a key").isEmpty();

		assertThat(api.send("DELETE", "/v1/me/api-keys/" + key.get("id").asString(), pilot.key(), null).status())
			.isEqualTo(204);
		assertThat(api.get("/v1/me", secret).status()).as("a revoked key stops working at once").isEqualTo(401);
		assertThat(api.get("/v1/me", pilot.key()).status()).isEqualTo(200);
	}

	@Test
	void cannotRevokeAnotherPilotsKey() {
		Pilot owner = api.newPilot();
		Pilot other = api.newPilot();
		String keyId = api.get("/v1/me/api-keys", owner.key()).body().get("data").get(0).get("id").asString();

		assertThat(api.send("DELETE", "/v1/me/api-keys/" + keyId, other.key(), null).status()).isEqualTo(404);
		assertThat(api.get("/v1/me", owner.key()).status()).isEqualTo(200);
	}

	@Test
	void requiresAKeyName() {
		Pilot pilot = api.newPilot();
		Response refused = api.send("POST", "/v1/me/api-keys", pilot.key(), Map.of("name", " "));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("name");
	}

}
