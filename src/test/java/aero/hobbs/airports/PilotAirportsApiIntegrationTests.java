package aero.hobbs.airports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * `/v1/me/airports/custom` and `/v1/me/airports/aliases` over real HTTP, and flights that
 * use their codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PilotAirportsApiIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	Pilot pilot;

	@BeforeEach
	void newPilot() {
		api = new ApiClient(port);
		pilot = api.newPilot();
	}

	static Map<String, Object> aFarmStrip() {
		Map<String, Object> airport = new HashMap<>();
		airport.put("code", "xsf1");
		airport.put("name", "Smith Farm");
		airport.put("latitude", 44.25);
		airport.put("longitude", -78.5);
		return airport;
	}

	static Map<String, Object> aFlight(String from, String to) {
		return Map.of("flight_date", "2026-04-01", "departure_airport", from, "arrival_airport", to,
				"block_time_minutes", 60);
	}

	@Test
	void addsListsAndRemovesACustomAirport() {
		Response added = api.send("POST", "/v1/me/airports/custom", pilot.key(), aFarmStrip());
		assertThat(added.status()).isEqualTo(201);
		JsonNode data = added.body().get("data");
		assertThat(data.get("type").asString()).isEqualTo("custom_airport");
		assertThat(data.get("attributes").get("code").asString()).isEqualTo("XSF1");
		assertThat(data.get("attributes").get("latitude").asDouble()).isEqualTo(44.25);
		assertThat(data.get("attributes").has("created_at")).isTrue();
		String id = data.get("id").asString();

		Response listed = api.get("/v1/me/airports/custom", pilot.key());
		assertThat(listed.body().get("data").findValuesAsString("code")).containsExactly("XSF1");
		assertThat(listed.body().get("meta").get("total").asInt()).isEqualTo(1);
		assertThat(listed.header("X-RateLimit-Limit")).isNotNull();

		assertThat(api.send("DELETE", "/v1/me/airports/custom/" + id, pilot.key(), null).status()).isEqualTo(204);
		assertThat(api.get("/v1/me/airports/custom/" + id, pilot.key()).status()).isEqualTo(404);
	}

	@Test
	void addsListsAndRemovesAnAlias() {
		Response added = api.send("POST", "/v1/me/airports/aliases", pilot.key(),
				Map.of("code", "ytz-city", "target_code", "ytz"));
		assertThat(added.status()).isEqualTo(201);
		JsonNode data = added.body().get("data");
		assertThat(data.get("id").asString()).isEqualTo("YTZ-CITY");
		assertThat(data.get("type").asString()).isEqualTo("airport_alias");
		assertThat(data.get("attributes").get("target_code").asString()).isEqualTo("CYTZ");
		assertThat(data.get("attributes").get("target_name").asString()).contains("Billy Bishop");

		assertThat(api.get("/v1/me/airports/aliases", pilot.key()).body().get("data").findValuesAsString("code"))
			.containsExactly("YTZ-CITY");
		assertThat(api.send("DELETE", "/v1/me/airports/aliases/ytz-city", pilot.key(), null).status()).isEqualTo(204);
		assertThat(api.send("DELETE", "/v1/me/airports/aliases/YTZ-CITY", pilot.key(), null).status()).isEqualTo(404);
	}

	@Test
	void namesEveryInvalidFieldOfACustomAirport() {
		Response refused = api.send("POST", "/v1/me/airports/custom", pilot.key(),
				Map.of("code", "EGLL", "name", "", "latitude", 123.0));
		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.body().get("error");
		assertThat(error.get("code").asString()).isEqualTo("validation_error");
		assertThat(error.get("errors").findValuesAsString("field")).containsExactly("code", "name", "latitude",
				"longitude");
		assertThat(error.get("details").get("issue").asString()).contains("EGLL is already an airport Hobbs knows");
	}

	@Test
	void refusesAnAliasForAKnownCodeOrToAnUnknownAirport() {
		Response refused = api.send("POST", "/v1/me/airports/aliases", pilot.key(),
				Map.of("code", "KJFK", "target_code", "NOWHERE9"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field")).containsExactly("code",
				"target_code");

		Response wrongType = api.sendRaw("POST", "/v1/me/airports/custom", pilot.key(),
				"{\"code\": \"XSF1\", \"name\": \"Strip\", \"latitude\": \"north\", \"longitude\": 1}");
		assertThat(wrongType.body().get("error").get("details").get("field").asString()).isEqualTo("latitude");
	}

	@Test
	void refusesADuplicateCustomAirport() {
		api.send("POST", "/v1/me/airports/custom", pilot.key(), aFarmStrip());
		Response again = api.send("POST", "/v1/me/airports/custom", pilot.key(), aFarmStrip());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("error").get("details").get("field").asString()).isEqualTo("code");
	}

	@Test
	void hidesAnotherPilotsCustomAirportAndAliases() {
		String id = api.send("POST", "/v1/me/airports/custom", pilot.key(), aFarmStrip())
			.body()
			.get("data")
			.get("id")
			.asString();
		api.send("POST", "/v1/me/airports/aliases", pilot.key(), Map.of("code", "SMITH", "target_code", "XSF1"));
		Pilot other = api.newPilot();

		assertThat(api.get("/v1/me/airports/custom/" + id, other.key()).status()).isEqualTo(404);
		assertThat(api.send("DELETE", "/v1/me/airports/custom/" + id, other.key(), null).status()).isEqualTo(404);
		assertThat(api.send("DELETE", "/v1/me/airports/aliases/SMITH", other.key(), null).status()).isEqualTo(404);
		assertThat(api.get("/v1/me/airports/custom", other.key()).body().get("data").size()).isZero();
		assertThat(api.get("/v1/me/airports/aliases", other.key()).body().get("data").size()).isZero();
	}

	@Test
	void logsAFlightWithAnAliasOnceItExists() {
		Response refused = api.send("POST", "/v1/me/flight-logs", pilot.key(), aFlight("YTZ-CITY", "CYOO"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("departure_airport");

		api.send("POST", "/v1/me/airports/aliases", pilot.key(), Map.of("code", "YTZ-CITY", "target_code", "CYTZ"));
		Response logged = api.send("POST", "/v1/me/flight-logs", pilot.key(), aFlight("YTZ-CITY", "CYOO"));

		assertThat(logged.status()).isEqualTo(201);
		JsonNode attributes = logged.body().get("data").get("attributes");
		assertThat(attributes.get("departure_airport").asString()).isEqualTo("CYTZ");
		assertThat(attributes.get("departure_lat").asDouble()).isBetween(43.6, 43.7);
	}

	@Test
	void logsAFlightToACustomAirportWithItsCoordinates() {
		assertThat(api.send("POST", "/v1/me/flight-logs", pilot.key(), aFlight("CYOO", "XSF1")).status())
			.isEqualTo(400);

		api.send("POST", "/v1/me/airports/custom", pilot.key(), aFarmStrip());
		Response logged = api.send("POST", "/v1/me/flight-logs", pilot.key(), aFlight("CYOO", "XSF1"));

		assertThat(logged.status()).isEqualTo(201);
		JsonNode attributes = logged.body().get("data").get("attributes");
		assertThat(attributes.get("arrival_airport").asString()).isEqualTo("XSF1");
		assertThat(attributes.get("arrival_lat").asDouble()).isEqualTo(44.25);
		assertThat(attributes.get("arrival_long").asDouble()).isEqualTo(-78.5);
	}

}
