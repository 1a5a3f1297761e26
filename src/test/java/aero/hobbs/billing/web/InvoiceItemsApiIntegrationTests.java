package aero.hobbs.billing.web;

import static aero.hobbs.billing.InvoicingFixtures.anEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.billing.BillingIntegrationTest;
import aero.hobbs.billing.InvoicingFixtures;
import aero.hobbs.billing.MovableClock;
import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.Connectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** {@code /api/admin/invoice-items} over real HTTP with the admin token. */
@BillingIntegrationTest
class InvoiceItemsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Connectors connectors;

	@Autowired
	AllowedUsers allowedUsers;

	@Autowired
	MovableClock clock;

	ApiClient api;

	InvoicingFixtures fixtures;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
		fixtures = new InvoicingFixtures(connectors, allowedUsers, clock);
	}

	@Test
	void invoicesAnEndedMonthOnceAndListsItsItems() {
		clock.set("2025-07-03T09:00:00Z");
		Response created = api.send("POST", "/api/admin/connectors", ApiClient.ADMIN_TOKEN,
				Map.of("name", "Roster API " + anEmail("x").substring(2, 10), "endpoint_checkuser",
						"https://partner.example.com/checkuser.php", "endpoint_getnewids",
						"https://partner.example.com/getnewids.php", "access_plan", 9999, "monthly_user_price",
						Map.of("amount", "4.00", "currency", "EUR")));
		assertThat(created.status()).isEqualTo(201);
		long connector = created.body().get("data").get("id").asLong();
		fixtures.register(connector, anEmail("pilot"), "2025-07-05T09:00:00Z");

		clock.set("2025-08-01T00:00:01Z");
		Response run = api.send("POST", "/api/admin/invoice-items/run?month=2025-07", ApiClient.ADMIN_TOKEN, null);
		assertThat(run.status()).isEqualTo(200);
		JsonNode item = itemOf(run, connector);
		assertThat(api.send("POST", "/api/admin/invoice-items/run?month=2025-07", ApiClient.ADMIN_TOKEN, null))
			.satisfies(again -> assertThat(itemOf(again, connector).get("id")).isEqualTo(item.get("id")));

		Response listed = api.get("/api/admin/invoice-items?month=2025-07&connector_id=" + connector,
				ApiClient.ADMIN_TOKEN);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body().get("meta").get("total").asInt()).isEqualTo(1);
		JsonNode only = listed.body().get("data").get(0);
		assertThat(only.get("id")).isEqualTo(item.get("id"));
		assertThat(only.get("type").asString()).isEqualTo("invoice_item");
		JsonNode attributes = only.get("attributes");
		assertThat(attributes.get("connector_id").asLong()).isEqualTo(connector);
		assertThat(attributes.get("connector_name").asString()).startsWith("Roster API ");
		assertThat(attributes.get("month").asString()).isEqualTo("2025-07");
		assertThat(attributes.get("qualified_users").asInt()).isEqualTo(1);
		assertThat(attributes.get("unit_price").get("amount").asString()).isEqualTo("4.00");
		assertThat(attributes.get("unit_price").get("currency").asString()).isEqualTo("EUR");
		assertThat(attributes.get("total").get("amount").asString()).isEqualTo("4.00");
		assertThat(attributes.get("created_at").asString()).isEqualTo("2025-08-01T00:00:01Z");
		assertThat(api.get("/api/admin/invoice-items?connector_id=" + connector, ApiClient.ADMIN_TOKEN)
			.body()
			.get("data")
			.findValuesAsString("month")).containsExactly("2025-07");
	}

	@Test
	void refusesAMonthThatHasNotEndedOrIsMalformed() {
		clock.set("2025-07-20T12:00:00Z");
		for (String path : List.of("/api/admin/invoice-items/run?month=2025-07",
				"/api/admin/invoice-items/run?month=2025-13", "/api/admin/invoice-items/run?month=July",
				"/api/admin/invoice-items/run")) {
			Response refused = api.send("POST", path, ApiClient.ADMIN_TOKEN, null);
			assertThat(refused.status()).as(path).isEqualTo(400);
			assertThat(refused.body().get("error").get("code").asString()).isEqualTo("validation_error");
			assertThat(refused.body().get("error").get("details").get("field").asString()).as(path).isEqualTo("month");
		}
		Response badFilter = api.get("/api/admin/invoice-items?month=2025-7", ApiClient.ADMIN_TOKEN);
		assertThat(badFilter.status()).isEqualTo(400);
		assertThat(badFilter.body().get("error").get("details").get("field").asString()).isEqualTo("month");
	}

	@Test
	void requiresTheAdminToken() {
		assertThat(api.get("/api/admin/invoice-items", null).status()).isEqualTo(401);
		assertThat(api.send("POST", "/api/admin/invoice-items/run?month=2025-01", "not-the-token", null).status())
			.isEqualTo(401);
	}

	private static JsonNode itemOf(Response response, long connector) {
		List<JsonNode> items = StreamSupport.stream(response.body().get("data").spliterator(), false)
			.filter(item -> item.get("attributes").get("connector_id").asLong() == connector)
			.toList();
		assertThat(items).hasSize(1);
		return items.getFirst();
	}

}
