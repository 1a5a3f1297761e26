package aero.hobbs.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Direction 1 of seed 000 over real HTTP: the partner pushes its allowed emails. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportEmailsIntegrationTests {

	static final String PATH = "/api/v1/connectors/import-emails.php";

	@LocalServerPort
	int port;

	ApiClient api;

	PartnerSimulator partner;

	String key;

	String connectorId;

	@BeforeEach
	void newConnector() throws Exception {
		api = new ApiClient(port);
		partner = new PartnerSimulator();
		Response created = api.send("POST", "/api/admin/connectors", ApiClient.ADMIN_TOKEN,
				ConnectorFixtures.aConnector(partner));
		assertThat(created.status()).isEqualTo(201);
		key = created.body().get("data").get("attributes").get("api_key").asString();
		connectorId = created.body().get("data").get("id").asString();
	}

	@AfterEach
	void stopPartner() {
		partner.close();
	}

	@Test
	void importsAndRemovesAsTheSeedsExampleShows() {
		api.send("POST", PATH, key, Map.of("emails", List.of("pilot.two@example.com")));

		Response response = api.send("POST", PATH, key,
				Map.of("emails",
						List.of("pilot.one@example.com", "pilot.two@example.com",
								Map.of("email", "pilot.three@example.com")),
						"remove_emails", List.of("former.pilot@example.com")));

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.body();
		assertThat(names(body)).containsExactly("message", "connector", "summary", "imported_emails", "invalid_emails");
		assertThat(body.get("message").asString()).isEqualTo("Connector email list imported.");
		assertThat(names(body.get("connector"))).containsExactly("key", "id", "name", "access_plan");
		assertThat(body.get("connector").get("id").isNumber()).isTrue();
		assertThat(body.get("connector").get("access_plan").asInt()).isEqualTo(9999);
		assertThat(names(body.get("summary"))).containsExactly("received_import", "received_remove", "accepted_import",
				"accepted_remove", "inserted", "updated", "deleted", "invalid");
		assertThat(summary(body)).containsExactly(3, 1, 3, 1, 2, 1, 0, 0);
		assertThat(body.get("imported_emails").findValuesAsString("status")).containsExactly("inserted", "updated",
				"inserted");
		assertThat(names(body.get("imported_emails").get(0))).containsExactly("email", "access_token", "status");
		body.get("imported_emails")
			.forEach(item -> assertThat(item.get("access_token").asString()).matches("[0-9a-f]{64}"));
		assertThat(body.get("invalid_emails").isArray()).isTrue();
	}

	@Test
	void keepsTheTokenWhileTheUserStaysAllowedAndIssuesANewOneAfterRemoval() {
		String first = token(api.send("POST", PATH, key, Map.of("emails", List.of("Stays@Example.com"))));
		String again = token(api.send("POST", PATH, key, Map.of("emails", List.of(" stays@example.com "))));
		assertThat(again).isEqualTo(first);

		Response removed = api.send("POST", PATH, key, Map.of("remove_emails", List.of("STAYS@example.com")));
		assertThat(removed.body().get("summary").get("deleted").asInt()).isEqualTo(1);

		Response readded = api.send("POST", PATH, key, Map.of("emails", List.of("stays@example.com")));
		assertThat(readded.body().get("imported_emails").get(0).get("status").asString()).isEqualTo("inserted");
		assertThat(token(readded)).isNotEqualTo(first);
	}

	@Test
	void countsDuplicatesOnceAndListsInvalidEmails() {
		Response response = api.send(
				"POST", PATH, key, Map.of(
						"emails", List.of("a@example.com", "A@EXAMPLE.COM ", Map.of("email", "a@example.com"),
								"not-an-email", "", "b@example"),
						"remove_emails", List.of("nobody@example.com", "@x")));

		assertThat(summary(response.body())).containsExactly(6, 2, 1, 1, 1, 0, 0, 4);
		assertThat(response.body().get("invalid_emails").valueStream().map(JsonNode::asString)).containsExactly("@x",
				"not-an-email", "", "b@example");
		assertThat(response.body().get("imported_emails").findValuesAsString("email")).containsExactly("a@example.com");
	}

	@Test
	void removesAnEmailListedInBothLists() {
		api.send("POST", PATH, key, Map.of("emails", List.of("both@example.com")));

		Response response = api.send("POST", PATH, key, Map.of("emails", List.of("both@example.com", "new@example.com"),
				"remove_emails", List.of("Both@example.com")));

		assertThat(summary(response.body())).containsExactly(2, 1, 1, 1, 1, 0, 1, 0);
		assertThat(response.body().get("imported_emails").findValuesAsString("email"))
			.containsExactly("new@example.com");
	}

	@Test
	void acceptsThePathWithoutPhp() {
		Response response = api.send("POST", "/api/v1/connectors/import-emails", key,
				Map.of("emails", List.of("nophp@example.com")));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("summary").get("inserted").asInt()).isEqualTo(1);
	}

	@Test
	void refusesAMissingOrWrongKeyWithAPartnerError() {
		Response missing = api.send("POST", PATH, null, Map.of("emails", List.of("x@example.com")));
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.body().get("error").asString()).contains("connector API key");

		Response personal = api.send("POST", PATH, api.newPilot().key(), Map.of("emails", List.of("x@example.com")));
		assertThat(personal.status()).isEqualTo(401);
		assertThat(personal.body().get("error").isString()).isTrue();
	}

	@Test
	void refusesMalformedJsonAndWrongShapesWithoutApplyingAnything() {
		Response malformed = api.sendRaw("POST", PATH, key, "{\"emails\": [\"a@example.com\",");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body().get("error").asString()).contains("Malformed JSON");

		Response notAList = api.send("POST", PATH, key, Map.of("emails", "a@example.com"));
		assertThat(notAList.status()).isEqualTo(400);
		assertThat(notAList.body().get("error").asString()).contains("emails");

		Response badItem = api.send("POST", PATH, key,
				Map.of("emails", List.of("shape-ok@example.com", Map.of("mail", "x@example.com"))));
		assertThat(badItem.status()).isEqualTo(400);
		assertThat(badItem.body().get("error").asString()).contains("emails[1]");

		Response nothing = api.sendRaw("POST", PATH, key, "");
		assertThat(nothing.status()).isEqualTo(400);

		Response later = api.send("POST", PATH, key, Map.of("emails", List.of("shape-ok@example.com")));
		assertThat(later.body().get("imported_emails").get(0).get("status").asString()).isEqualTo("inserted");
	}

	@Test
	void refreshesALongListAndRemovesPartOfIt() {
		List<String> emails = IntStream.range(0, 1_500).mapToObj(i -> "crew" + i + "@example.com").toList();
		Response first = api.send("POST", PATH, key, Map.of("emails", emails));
		Response again = api.send("POST", PATH, key,
				Map.of("emails", emails, "remove_emails", emails.subList(0, 1_200)));

		assertThat(summary(again.body())).containsExactly(1_500, 1_200, 300, 1_200, 0, 300, 1_200, 0);
		assertThat(again.body().get("imported_emails").get(0).get("access_token").asString())
			.isEqualTo(first.body().get("imported_emails").get(1_200).get("access_token").asString());
		Response third = api.send("POST", PATH, key, Map.of("emails", emails));
		assertThat(third.body().get("summary").get("inserted").asInt()).isEqualTo(1_200);
		assertThat(third.body().get("summary").get("updated").asInt()).isEqualTo(300);
	}

	@Test
	void refusesMoreThanTenThousandEmailsWithoutApplyingAny() {
		List<String> emails = new ArrayList<>(
				IntStream.range(0, 10_001).mapToObj(i -> "bulk" + i + "@example.com").toList());
		Response tooMany = api.send("POST", PATH, key, Map.of("emails", emails));
		assertThat(tooMany.status()).isEqualTo(413);
		assertThat(tooMany.body().get("error").asString()).contains("10000");

		Response one = api.send("POST", PATH, key, Map.of("emails", List.of("bulk0@example.com")));
		assertThat(one.body().get("imported_emails").get(0).get("status").asString()).isEqualTo("inserted");
	}

	@Test
	void answersWithRateLimitHeaders() {
		Response response = api.send("POST", PATH, key, Map.of("emails", List.of("limits@example.com")));
		assertThat(response.header("X-RateLimit-Limit")).isNotNull();
		assertThat(Long.parseLong(response.header("X-RateLimit-Remaining")))
			.isLessThan(Long.parseLong(response.header("X-RateLimit-Limit")));
	}

	@Test
	void rotatingTheKeyStopsTheOldOne() {
		assertThat(api.get("/api/admin/connectors/" + connectorId, ApiClient.ADMIN_TOKEN)
			.body()
			.get("data")
			.get("attributes")
			.get("api_key_prefix")
			.asString()).isEqualTo(key.substring(0, 12));
		Response rotated = api.send("POST", "/api/admin/connectors/" + connectorId + "/rotate-key",
				ApiClient.ADMIN_TOKEN, null);
		String newKey = rotated.body().get("data").get("attributes").get("api_key").asString();

		assertThat(api.send("POST", PATH, key, Map.of("emails", List.of("r@example.com"))).status()).isEqualTo(401);
		assertThat(api.send("POST", PATH, newKey, Map.of("emails", List.of("r@example.com"))).status()).isEqualTo(200);
	}

	@Test
	void refusesAConnectorWithBadEndpointsOrPrice() {
		Response bad = api.send("POST", "/api/admin/connectors", ApiClient.ADMIN_TOKEN,
				Map.of("name", "Bad", "endpoint_checkuser", "ftp://partner.example.com/x", "endpoint_getnewids",
						"not a url", "access_plan", 1, "monthly_user_price",
						Map.of("amount", "4.001", "currency", "EUR")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("error").get("errors").findValuesAsString("field")).contains("endpoint_checkuser",
				"endpoint_getnewids", "monthly_user_price");
	}

	private static List<String> names(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

	private static List<Integer> summary(JsonNode body) {
		return body.get("summary").valueStream().map(JsonNode::asInt).toList();
	}

	private static String token(Response response) {
		return response.body().get("imported_emails").get(0).get("access_token").asString();
	}

}
