package aero.hobbs.logbook.web;

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
 * `/v1/me/flight-logs` over real HTTP: the seed-001 envelope, validation that names
 * fields, paging and isolation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FlightLogApiIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	Pilot pilot;

	@BeforeEach
	void newPilot() {
		api = new ApiClient(port);
		pilot = api.newPilot();
	}

	static Map<String, Object> aTrainingFlight(String date) {
		Map<String, Object> flight = new HashMap<>();
		flight.put("flight_date", date);
		flight.put("aircraft_registration", "C-GABC");
		flight.put("aircraft_type", "C172");
		flight.put("departure_airport", "CYTZ");
		flight.put("arrival_airport", "CYOO");
		flight.put("departure_time", "09:10");
		flight.put("arrival_time", "10:35");
		flight.put("pic_time_minutes", 85);
		flight.put("takeoffs_day", 1);
		flight.put("landings_day", 1);
		flight.put("remarks", "Training flight");
		return flight;
	}

	private Response log(Map<String, Object> flight) {
		return api.send("POST", "/v1/me/flight-logs", pilot.key(), flight);
	}

	@Test
	void logsAFlightAndAnswersInTheEnvelope() {
		Response created = log(aTrainingFlight("2026-05-01"));

		assertThat(created.status()).isEqualTo(201);
		JsonNode data = created.body().get("data");
		assertThat(data.get("type").asString()).isEqualTo("flight_log");
		JsonNode attributes = data.get("attributes");
		assertThat(attributes.get("block_time_minutes").asInt()).as("derived from out and in").isEqualTo(85);
		assertThat(attributes.get("departure_lat").asDouble()).as("filled from the airport").isBetween(43.6, 43.7);
		assertThat(attributes.get("source").asString()).isEqualTo("manual");

		Response fetched = api.get("/v1/me/flight-logs/" + data.get("id").asString(), pilot.key());
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.body().get("data").get("attributes").get("remarks").asString()).isEqualTo("Training flight");
	}

	@Test
	void resolvesIataAndFaaCodesToTheAirportsCode() {
		Map<String, Object> flight = aTrainingFlight("2026-05-02");
		flight.put("departure_airport", "jfk");
		flight.put("arrival_airport", "1C5");
		JsonNode attributes = log(flight).body().get("data").get("attributes");
		assertThat(attributes.get("departure_airport").asString()).isEqualTo("KJFK");
		assertThat(attributes.get("arrival_airport").asString()).isEqualTo("K1C5");
	}

	@Test
	void namesTheFieldOfAnInvalidDate() {
		Map<String, Object> flight = aTrainingFlight("05/01/2026");

		Response refused = log(flight);

		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.body().get("error");
		assertThat(error.get("code").asString()).isEqualTo("validation_error");
		assertThat(error.get("details").get("field").asString()).isEqualTo("flight_date");
		assertThat(error.get("details").get("issue").asString()).isEqualTo("Date must be in YYYY-MM-DD format");
	}

	@Test
	void reportsEveryProblemAndWritesNothing() {
		Map<String, Object> flight = aTrainingFlight("2026-05-03");
		flight.put("arrival_airport", "XXXX");
		flight.put("sic_time_minutes", 500);
		flight.put("landings_night", -1);

		Response refused = log(flight);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("arrival_airport", "sic_time_minutes", "landings_night");
		assertThat(api.get("/v1/me/flight-logs", pilot.key()).body().get("meta").get("total").asInt()).isZero();
	}

	@Test
	void answersMalformedJsonWithTheEnvelope() {
		Response refused = api.sendRaw("POST", "/v1/me/flight-logs", pilot.key(), "{\"flight_date\": ");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("invalid_json");
	}

	@Test
	void namesTheBodyWhenItIsNotAnObject() {
		Response refused = api.sendRaw("POST", "/v1/me/flight-logs", pilot.key(), "[1, 2]");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("validation_error");
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("body");
	}

	@Test
	void refusesABodyOverTheCap() {
		String huge = "{\"remarks\": \"" + "x".repeat(1_100_000) + "\"}";
		Response refused = api.sendRaw("POST", "/v1/me/flight-logs", pilot.key(), huge);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("payload_too_large");
		assertThat(refused.header("X-RateLimit-Remaining")).isNotNull();
	}

	@Test
	void amendsAndClearsAttributes() {
		String id = log(aTrainingFlight("2026-05-04")).body().get("data").get("id").asString();
		Map<String, Object> changes = new HashMap<>();
		changes.put("remarks", null);
		changes.put("night_minutes", 20);
		changes.put("arrival_airport", "EGLL");

		Response amended = api.send("PATCH", "/v1/me/flight-logs/" + id, pilot.key(), changes);

		assertThat(amended.status()).isEqualTo(200);
		JsonNode attributes = amended.body().get("data").get("attributes");
		assertThat(attributes.has("remarks")).as("a cleared attribute is left out").isFalse();
		assertThat(attributes.get("night_minutes").asInt()).isEqualTo(20);
		assertThat(attributes.get("arrival_lat").asDouble()).as("coordinates follow the new airport")
			.isBetween(51.4, 51.5);
		assertThat(attributes.get("pic_time_minutes").asInt()).as("untouched").isEqualTo(85);
	}

	@Test
	void deletesAFlight() {
		String id = log(aTrainingFlight("2026-05-05")).body().get("data").get("id").asString();
		assertThat(api.send("DELETE", "/v1/me/flight-logs/" + id, pilot.key(), null).status()).isEqualTo(204);
		assertThat(api.get("/v1/me/flight-logs/" + id, pilot.key()).status()).isEqualTo(404);
	}

	@Test
	void hidesAnotherPilotsFlightAsNotFound() {
		String id = log(aTrainingFlight("2026-05-06")).body().get("data").get("id").asString();
		Pilot other = api.newPilot();

		assertThat(api.get("/v1/me/flight-logs/" + id, other.key()).status()).isEqualTo(404);
		assertThat(api.send("PATCH", "/v1/me/flight-logs/" + id, other.key(), Map.of("remarks", "mine")).status())
			.isEqualTo(404);
		assertThat(api.send("DELETE", "/v1/me/flight-logs/" + id, other.key(), null).status()).isEqualTo(404);
		assertThat(api.get("/v1/me/flight-logs/" + id, pilot.key()).status()).isEqualTo(200);
	}

	@Test
	void pagesNewestFirstWithLinksAndMeta() {
		for (String date : new String[] { "2026-01-01", "2026-02-01", "2026-03-01" }) {
			log(aTrainingFlight(date));
		}

		Response first = api.get("/v1/me/flight-logs?per_page=2", pilot.key());

		assertThat(first.body().get("data").findValuesAsString("flight_date")).containsExactly("2026-03-01",
				"2026-02-01");
		assertThat(first.body().get("meta").get("total").asInt()).isEqualTo(3);
		assertThat(first.body().get("meta").get("total_pages").asInt()).isEqualTo(2);
		String next = first.body().get("links").get("next").asString();
		assertThat(next).contains("page=2").contains("per_page=2");
		Response second = api.get(next.substring(next.indexOf("/v1/")), pilot.key());
		assertThat(second.body().get("data").findValuesAsString("flight_date")).containsExactly("2026-01-01");
		assertThat(second.body().get("links").get("next").isNull()).isTrue();
	}

	@Test
	void filtersByDateRangeAndAircraft() {
		log(aTrainingFlight("2026-01-15"));
		Map<String, Object> other = aTrainingFlight("2026-02-15");
		other.put("aircraft_registration", "N12345");
		log(other);

		assertThat(api.get("/v1/me/flight-logs?from=2026-02-01&to=2026-02-28", pilot.key())
			.body()
			.get("data")
			.findValuesAsString("flight_date")).containsExactly("2026-02-15");
		assertThat(api.get("/v1/me/flight-logs?aircraft=cgabc", pilot.key())
			.body()
			.get("data")
			.findValuesAsString("flight_date")).containsExactly("2026-01-15");
		Response badRange = api.get("/v1/me/flight-logs?from=2026-03-01&to=2026-02-01", pilot.key());
		assertThat(badRange.body().get("error").get("details").get("field").asString()).isEqualTo("to");
		Response badDate = api.get("/v1/me/flight-logs?from=yesterday", pilot.key());
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.body().get("error").get("details").get("field").asString()).isEqualTo("from");
	}

	@Test
	void addsUpTotals() {
		log(aTrainingFlight("2026-05-01"));
		Map<String, Object> night = aTrainingFlight("2020-05-01");
		night.put("night_minutes", 40);
		night.put("landings_night", 2);
		night.put("instrument_approaches_count", 1);
		log(night);

		JsonNode totals = api.get("/v1/me/totals", pilot.key()).body().get("data").get("attributes");

		assertThat(totals.get("lifetime").get("flights").asInt()).isEqualTo(2);
		assertThat(totals.get("lifetime").get("block_time_minutes").asInt()).isEqualTo(170);
		assertThat(totals.get("lifetime").get("landings").asInt()).isEqualTo(4);
		assertThat(totals.get("lifetime").get("night_minutes").asInt()).isEqualTo(40);
		assertThat(totals.get("last_12_months").get("flights").asInt()).isEqualTo(1);
		assertThat(totals.get("last_12_months").get("night_minutes").asInt()).isZero();
	}

	@Test
	void refusesAMissingOrWrongKey() {
		Response missing = api.get("/v1/me/flight-logs", null);
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.body().get("error").get("code").asString()).isEqualTo("unauthorized");
		assertThat(api.get("/v1/me/flight-logs", "hbs_not-a-real-key").status()).isEqualTo(401);
		assertThat(missing.header("X-RateLimit-Limit")).isNotNull();
	}

	@Test
	void putsRateLimitHeadersOnEveryAnswer() {
		Response ok = api.get("/v1/me/flight-logs", pilot.key());
		Response notFound = api.get("/v1/me/flight-logs/00000000-0000-0000-0000-000000000000", pilot.key());
		for (Response response : new Response[] { ok, notFound }) {
			assertThat(response.header("X-RateLimit-Limit")).isEqualTo("1000");
			assertThat(Long.parseLong(response.header("X-RateLimit-Remaining"))).isBetween(0L, 999L);
			assertThat(Long.parseLong(response.header("X-RateLimit-Reset")))
				.isGreaterThan(System.currentTimeMillis() / 1000);
		}
		assertThat(Long.parseLong(notFound.header("X-RateLimit-Remaining")))
			.isLessThan(Long.parseLong(ok.header("X-RateLimit-Remaining")));
	}

}
