package aero.hobbs.aircraft;

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
 * `/v1/me/aircraft`, and the link between a flight's registration and the pilot's
 * aircraft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AircraftApiIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	Pilot pilot;

	@BeforeEach
	void newPilot() {
		api = new ApiClient(port);
		pilot = api.newPilot();
	}

	static Map<String, Object> aSkyhawk() {
		Map<String, Object> aircraft = new HashMap<>();
		aircraft.put("registration", "C-GABC");
		aircraft.put("type_code", "c172");
		aircraft.put("model", "Cessna  172S Skyhawk");
		aircraft.put("category_class", "asel");
		aircraft.put("engine_count", 1);
		aircraft.put("glass_cockpit", true);
		return aircraft;
	}

	@Test
	void addsListsUpdatesAndRemovesAircraft() {
		Response added = api.send("POST", "/v1/me/aircraft", pilot.key(), aSkyhawk());
		assertThat(added.status()).isEqualTo(201);
		JsonNode attributes = added.body().get("data").get("attributes");
		assertThat(attributes.get("type_code").asString()).isEqualTo("C172");
		assertThat(attributes.get("model").asString()).isEqualTo("Cessna 172S Skyhawk");
		assertThat(attributes.get("glass_cockpit").asBoolean()).isTrue();
		assertThat(attributes.get("verified").asBoolean()).isTrue();
		assertThat(attributes.get("source").asString()).isEqualTo("manual");
		String id = added.body().get("data").get("id").asString();

		assertThat(api.get("/v1/me/aircraft", pilot.key()).body().get("data").findValuesAsString("registration"))
			.containsExactly("C-GABC");

		Map<String, Object> changed = aSkyhawk();
		changed.put("tailwheel", true);
		assertThat(api.send("PUT", "/v1/me/aircraft/" + id, pilot.key(), changed)
			.body()
			.get("data")
			.get("attributes")
			.get("tailwheel")
			.asBoolean()).isTrue();

		assertThat(api.send("DELETE", "/v1/me/aircraft/" + id, pilot.key(), null).status()).isEqualTo(204);
		assertThat(api.get("/v1/me/aircraft/" + id, pilot.key()).status()).isEqualTo(404);
	}

	@Test
	void addsASimulatorWithItsDeviceType() {
		Map<String, Object> simulator = new HashMap<>(Map.of("registration", "Redbird MCX", "type_code", "C172",
				"category_class", "asel", "simulator", true));
		Response refused = api.send("POST", "/v1/me/aircraft", pilot.key(), simulator);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("fstd_type");

		simulator.put("fstd_type", "aatd");
		Response added = api.send("POST", "/v1/me/aircraft", pilot.key(), simulator);
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.body().get("data").get("attributes").get("fstd_type").asString()).isEqualTo("aatd");
	}

	@Test
	void refusesADuplicateRegistrationWrittenDifferently() {
		api.send("POST", "/v1/me/aircraft", pilot.key(), aSkyhawk());
		Map<String, Object> again = aSkyhawk();
		again.put("registration", "cgabc");
		Response refused = api.send("POST", "/v1/me/aircraft", pilot.key(), again);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("registration");
	}

	@Test
	void namesInvalidFields() {
		Response refused = api.send("POST", "/v1/me/aircraft", pilot.key(),
				Map.of("registration", "", "type_code", "C172", "category_class", "spaceship", "engine_count", 12));
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("registration", "category_class", "engine_count");
	}

	@Test
	void linksAFlightToTheAircraftItsRegistrationNames() {
		String aircraftId = api.send("POST", "/v1/me/aircraft", pilot.key(), aSkyhawk())
			.body()
			.get("data")
			.get("id")
			.asString();
		Response flight = api.send("POST", "/v1/me/flight-logs", pilot.key(), Map.of("flight_date", "2026-04-01",
				"aircraft_registration", "c-gabc", "departure_airport", "CYTZ", "block_time_minutes", 60));
		JsonNode attributes = flight.body().get("data").get("attributes");
		assertThat(attributes.get("aircraft_id").asString()).isEqualTo(aircraftId);
		assertThat(attributes.get("aircraft_registration").asString()).isEqualTo("C-GABC");
		assertThat(attributes.get("aircraft_type").asString()).as("filled from the aircraft").isEqualTo("C172");
	}

	@Test
	void hidesAnotherPilotsAircraft() {
		String id = api.send("POST", "/v1/me/aircraft", pilot.key(), aSkyhawk())
			.body()
			.get("data")
			.get("id")
			.asString();
		Pilot other = api.newPilot();
		assertThat(api.get("/v1/me/aircraft/" + id, other.key()).status()).isEqualTo(404);
		assertThat(api.send("DELETE", "/v1/me/aircraft/" + id, other.key(), null).status()).isEqualTo(404);
	}

	@Test
	void loadsTheFaaRegistryThroughTheAdminApi() {
		Response loaded = api.send("POST", "/api/admin/faa-registry/load", ApiClient.ADMIN_TOKEN,
				Map.of("directory", FaaSample.directory().toString()));
		assertThat(loaded.status()).isEqualTo(200);
		JsonNode attributes = loaded.body().get("data").get("attributes");
		assertThat(attributes.get("aircraft").asInt()).isEqualTo(FaaSample.AIRCRAFT);
		assertThat(attributes.get("skipped").asInt()).isEqualTo(FaaSample.SKIPPED);

		Response status = api.get("/api/admin/faa-registry", ApiClient.ADMIN_TOKEN);
		assertThat(status.body().get("data").get("attributes").get("aircraft").asInt()).isEqualTo(FaaSample.AIRCRAFT);
		assertThat(status.body().get("data").get("attributes").get("loaded_at").asString())
			.isEqualTo(attributes.get("loaded_at").asString());
	}

	@Test
	void refusesToLoadTheFaaRegistryFromARelativeOrEmptyDirectory() {
		Response relative = api.send("POST", "/api/admin/faa-registry/load", ApiClient.ADMIN_TOKEN,
				Map.of("directory", "aircraft/faa"));
		assertThat(relative.status()).isEqualTo(400);
		assertThat(relative.body().get("error").get("details").get("field").asString()).isEqualTo("directory");

		Response empty = api.send("POST", "/api/admin/faa-registry/load", ApiClient.ADMIN_TOKEN,
				Map.of("directory", FaaSample.directory().resolve("nothing-here").toString()));
		assertThat(empty.status()).isEqualTo(400);

		assertThat(api
			.send("POST", "/api/admin/faa-registry/load", pilot.key(),
					Map.of("directory", FaaSample.directory().toString()))
			.status()).isEqualTo(401);
	}

}
