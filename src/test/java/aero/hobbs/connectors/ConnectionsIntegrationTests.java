package aero.hobbs.connectors;

import static aero.hobbs.connectors.ConnectorFixtures.aTrainingFlight;
import static aero.hobbs.connectors.ConnectorFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.connectors.PartnerSimulator.Answer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Directions 2 and 3 of seed 000 over real HTTP: the pilot checks, previews and syncs,
 * and Hobbs calls a partner simulator on loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectionsIntegrationTests {

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();

	ApiClient api;

	PartnerSimulator partner;

	Pilot pilot;

	String connectorKey;

	String base;

	String token;

	@BeforeEach
	void aPilotAllowedByAConnector() throws Exception {
		api = new ApiClient(port);
		partner = new PartnerSimulator();
		Response created = api.send("POST", "/api/admin/connectors", ApiClient.ADMIN_TOKEN,
				ConnectorFixtures.aConnector(partner));
		connectorKey = created.body().get("data").get("attributes").get("api_key").asString();
		base = "/v1/me/connectors/" + created.body().get("data").get("id").asString();
		pilot = api.newPilot();
		Response imported = api.send("POST", "/api/v1/connectors/import-emails.php", connectorKey,
				Map.of("emails", List.of(pilot.email().toUpperCase())));
		token = imported.body().get("imported_emails").get(0).get("access_token").asString();
		assertThat(api
			.send("POST", "/v1/me/aircraft", pilot.key(),
					Map.of("registration", "C-GABC", "type_code", "C172", "category_class", "asel", "engine_count", 1))
			.status()).isEqualTo(201);
	}

	@AfterEach
	void stopPartner() {
		partner.close();
	}

	@Test
	void listsOnlyTheConnectorsThatAllowThePilot() {
		JsonNode list = api.get("/v1/me/connectors", pilot.key()).body().get("data");
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("attributes").get("name").asString()).isEqualTo("Partner connector");

		Pilot other = api.newPilot();
		assertThat(api.get("/v1/me/connectors", other.key()).body().get("data")).isEmpty();
		assertThat(api.send("POST", base + "/check", other.key(), null).status()).isEqualTo(404);
	}

	@Test
	void checkSendsTheEmailAndTokenWithTheConnectorKey() {
		Response checked = api.send("POST", base + "/check", pilot.key(), null);

		assertThat(checked.status()).isEqualTo(200);
		assertThat(checked.body().get("data").get("attributes").get("linked").asBoolean()).isTrue();
		PartnerSimulator.Received request = partner.received().getLast();
		assertThat(request.authorization()).isEqualTo("Bearer " + connectorKey);
		assertThat(request.contentType()).startsWith("application/json");
		assertThat(request.body().get("email").asString()).isEqualTo(pilot.email().toLowerCase());
		assertThat(request.body().get("access_token").asString()).isEqualTo(token);
	}

	@Test
	void checkShowsThePartnersErrorText() {
		partner.onCheckuser(request -> Answer.json("{\"error\": \"User not found in connector.\"}"));

		JsonNode attributes = api.send("POST", base + "/check", pilot.key(), null).body().get("data").get("attributes");

		assertThat(attributes.get("linked").asBoolean()).isFalse();
		assertThat(attributes.get("check_message").asString()).contains("User not found in connector.");
	}

	@Test
	void previewStagesEveryItemWithItsStatusAndReasons() {
		List<Object> items = new ArrayList<>();
		items.add(with(aTrainingFlight("flight-1"), "unknown_extra_field", "ignored"));
		items.add(with(with(aTrainingFlight("x"), "partner_item_uid", null), "partner_item_id", 10002));
		items.add(with(with(aTrainingFlight("x"), "partner_item_uid", null), "unique_id", "u-3"));
		items.add(with(aTrainingFlight("no-date"), "flight_date", null));
		items.add(with(aTrainingFlight("zero-block"), "block_time_minutes", 0));
		items.add(with(aTrainingFlight("x"), "partner_item_uid", null));
		items.add(with(aTrainingFlight("new-plane"), "aircraft_registration", "C-FXYZ"));
		items.add(with(aTrainingFlight("strip"), "arrival_airport", "QQQ9"));
		items.add(aTrainingFlight("flight-1"));
		items.add(with(aTrainingFlight("bad-night"), "night_minutes", "lots"));
		partner.onGetnewids(request -> Answer.json(json.writeValueAsString(Map.of("items", items))));

		Response preview = api.send("POST", base + "/preview", pilot.key(), null);

		assertThat(preview.status()).isEqualTo(200);
		JsonNode data = preview.body().get("data");
		assertThat(data.valueStream().map(row -> row.get("attributes").get("status").asString())).containsExactly(
				"ready", "ready", "ready", "skipped", "skipped", "skipped", "blocked", "blocked", "duplicate",
				"skipped");
		assertThat(data.get(0).get("type").asString()).isEqualTo("staged_flight");
		assertThat(data.get(0).get("attributes").get("departure_airport").asString()).isEqualTo("CYTZ");
		assertThat(data.get(0).get("attributes").has("unknown_extra_field")).isFalse();
		assertThat(data.get(1).get("attributes").get("partner_item_uid").asString()).isEqualTo("10002");
		assertThat(data.get(2).get("attributes").get("partner_item_uid").asString()).isEqualTo("u-3");
		assertThat(reasons(data.get(3))).anyMatch(r -> r.startsWith("flight_date"));
		assertThat(reasons(data.get(4))).anyMatch(r -> r.startsWith("block_time_minutes"));
		assertThat(reasons(data.get(5))).anyMatch(r -> r.contains("partner_item_uid"));
		assertThat(reasons(data.get(6))).anyMatch(r -> r.contains("C-FXYZ"));
		assertThat(reasons(data.get(7))).anyMatch(r -> r.contains("QQQ9"));
		assertThat(reasons(data.get(9))).anyMatch(r -> r.startsWith("night_minutes"));
		assertThat(api.get("/v1/me/flight-logs", pilot.key()).body().get("meta").get("total").asInt()).isZero();

		JsonNode sent = partner.received().getLast().body();
		assertThat(sent.get("syncable_flight_columns")).hasSize(64);
		assertThat(sent.get("synced_partner_item_uids")).isEmpty();
	}

	@Test
	void syncImportsReadyItemsOnceAndKeepsBlockedOnesStaged() {
		partner.onGetnewids(request -> Answer.json(json.writeValueAsString(List.of(aTrainingFlight("flight-10003"),
				with(aTrainingFlight("flight-10004"), "aircraft_registration", "C-FXYZ")))));

		JsonNode first = api.send("POST", base + "/sync", pilot.key(), null).body().get("data").get("attributes");
		assertThat(first.get("imported").asInt()).isEqualTo(1);
		assertThat(first.get("blocked").asInt()).isEqualTo(1);
		JsonNode staged = api.get(base + "/staged", pilot.key()).body().get("data");
		assertThat(staged).hasSize(1);
		assertThat(staged.get(0).get("attributes").get("status").asString()).isEqualTo("blocked");

		JsonNode second = api.send("POST", base + "/sync", pilot.key(), null).body().get("data").get("attributes");
		assertThat(second.get("imported").asInt()).isZero();
		assertThat(second.get("duplicates").asInt()).isEqualTo(1);
		assertThat(partner.received()
			.getLast()
			.body()
			.get("synced_partner_item_uids")
			.valueStream()
			.map(JsonNode::asString)).containsExactly("flight-10003");

		assertThat(api
			.send("POST", "/v1/me/aircraft", pilot.key(),
					Map.of("registration", "C-FXYZ", "type_code", "C172", "category_class", "asel", "engine_count", 1))
			.status()).isEqualTo(201);
		assertThat(api.get(base + "/staged", pilot.key())
			.body()
			.get("data")
			.get(0)
			.get("attributes")
			.get("status")
			.asString()).isEqualTo("ready");
		JsonNode third = api.send("POST", base + "/sync", pilot.key(), null).body().get("data").get("attributes");
		assertThat(third.get("imported").asInt()).isEqualTo(1);

		JsonNode flights = api.get("/v1/me/flight-logs", pilot.key()).body();
		assertThat(flights.get("meta").get("total").asInt()).isEqualTo(2);
		assertThat(flights.get("data").findValuesAsString("source"))
			.containsOnly("connector:" + base.substring(base.lastIndexOf('/') + 1));
	}

	@Test
	void twoConcurrentSyncsImportEachItemOnce() throws Exception {
		List<Object> items = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			items.add(aTrainingFlight("concurrent-" + i));
		}
		partner.onGetnewids(request -> Answer.json(json.writeValueAsString(Map.of("items", items))).after(300));

		Callable<Response> sync = () -> api.send("POST", base + "/sync", pilot.key(), null);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Response>> both = pool.invokeAll(List.of(sync, sync));
		pool.shutdown();

		int imported = 0;
		for (Future<Response> result : both) {
			assertThat(result.get().status()).isEqualTo(200);
			imported += result.get().body().get("data").get("attributes").get("imported").asInt();
		}
		assertThat(imported).isEqualTo(50);
		assertThat(api.get("/v1/me/flight-logs", pilot.key()).body().get("meta").get("total").asInt()).isEqualTo(50);
	}

	@Test
	void aResponseThatFailsAsAWholeNamesTheCauseAndImportsNothing() {
		Map<String, Answer> failures = Map.of("HTML instead of JSON",
				Answer.of(200, "text/html", "<!DOCTYPE html><html><body>Welcome</body></html>"), "PHP notice",
				Answer.of(200, "text/html",
						"<br />\n<b>Notice</b>:  Undefined index: email in /var/www/getnewids.php on line 4<br />\n{\"items\": []}"),
				"blank body", Answer.of(200, "application/json", ""), "malformed JSON",
				Answer.json("{\"items\": [{\"partner_item_uid\": \"a\",}"), "HTTP 500",
				Answer.of(500, "text/plain", "Internal Server Error"), "Token revoked",
				Answer.json("{\"error\": \"Token revoked\"}"), "did not answer within",
				Answer.json("{\"items\": []}").after(3000), "items", Answer.json("{\"flights\": []}"));
		failures.forEach((cause, answer) -> {
			partner.onGetnewids(request -> answer);
			Response sync = api.send("POST", base + "/sync", pilot.key(), null);
			assertThat(sync.status()).as(cause).isEqualTo(502);
			assertThat(sync.body().get("error").get("code").asString()).isEqualTo("upstream_error");
			assertThat(sync.body().get("error").get("message").asString()).as(cause).contains(cause);
		});
		assertThat(api.get("/v1/me/flight-logs", pilot.key()).body().get("meta").get("total").asInt()).isZero();
		assertThat(api.get(base, pilot.key())
			.body()
			.get("data")
			.get("attributes")
			.get("last_run")
			.get("failure")
			.isString()).isTrue();
	}

	@Test
	void anOversizedResponseIsRefused() {
		partner.onGetnewids(request -> new Answer(200, "application/json", new byte[2 * 1024 * 1024 + 10], 0));
		Response sync = api.send("POST", base + "/sync", pilot.key(), null);
		assertThat(sync.status()).isEqualTo(502);
		assertThat(sync.body().get("error").get("message").asString()).contains("more than");
	}

	private static List<String> reasons(JsonNode row) {
		return row.get("attributes").get("reasons").valueStream().map(JsonNode::asString).toList();
	}

}
