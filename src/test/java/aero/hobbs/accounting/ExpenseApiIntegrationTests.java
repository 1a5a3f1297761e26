package aero.hobbs.accounting;

import static aero.hobbs.accounting.AccountingFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/** {@code /v1/organizations/{orgId}/expenses} over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganizationFixtures.class, AccountingFixtures.class })
class ExpenseApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	AccountingFixtures accounting;

	ApiClient api;

	School school;

	String expenses;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
		expenses = school.path() + "/expenses";
	}

	static Map<String, Object> anExpense(String category, String amount, String date) {
		Map<String, Object> expense = new HashMap<>();
		expense.put("category", category);
		expense.put("amount", money(amount));
		expense.put("date", date);
		expense.put("note", "Receipt 17");
		return expense;
	}

	private static String field(Response response) {
		return response.body().get("error").get("details").get("field").asString();
	}

	@Test
	void recordsReadsChangesAndRemovesAnExpense() {
		UUID aircraft = accounting.anAircraft(school, "D-EFGH", "150.00");
		Map<String, Object> fuel = anExpense("fuel", "250.40", "2026-12-01");
		fuel.put("aircraft_id", aircraft.toString());

		Response added = api.send("POST", expenses, school.owner().key(), fuel);
		assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
		JsonNode data = added.body().get("data");
		assertThat(data.get("type").asString()).isEqualTo("expense");
		assertThat(data.get("attributes").get("amount").get("amount").asString()).isEqualTo("250.40");
		assertThat(data.get("attributes").get("aircraft_id").asString()).isEqualTo(aircraft.toString());
		String id = data.get("id").asString();

		Response changed = api.send("PUT", expenses + "/" + id, school.admin().key(),
				anExpense("maintenance", "99.99", "2026-12-02"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("data").get("attributes").get("category").asString()).isEqualTo("maintenance");
		assertThat(changed.body().get("data").get("attributes").get("aircraft_id").isNull()).isTrue();

		assertThat(api.get(expenses + "/" + id, school.owner().key())
			.body()
			.get("data")
			.get("attributes")
			.get("date")
			.asString()).isEqualTo("2026-12-02");
		assertThat(api.send("DELETE", expenses + "/" + id, school.owner().key(), null).status()).isEqualTo(204);
		assertThat(api.get(expenses + "/" + id, school.owner().key()).status()).isEqualTo(404);
	}

	@Test
	void filtersByDateCategoryAndAircraft() {
		UUID aircraft = accounting.anAircraft(school, "D-EFGH", "150.00");
		Map<String, Object> tied = anExpense("fuel", "10.00", "2026-11-30");
		tied.put("aircraft_id", aircraft.toString());
		String owner = school.owner().key();
		api.send("POST", expenses, owner, tied);
		api.send("POST", expenses, owner, anExpense("insurance", "20.00", "2026-12-01"));
		api.send("POST", expenses, owner, anExpense("hangar", "30.00", "2026-12-31"));

		assertThat(api.get(expenses + "?from=2026-12-01&to=2026-12-31", owner).body().get("meta").get("total").asLong())
			.isEqualTo(2);
		assertThat(api.get(expenses + "?category=insurance", owner).body().get("data").findValuesAsString("category"))
			.containsExactly("insurance");
		assertThat(api.get(expenses + "?aircraft_id=" + aircraft, owner).body().get("meta").get("total").asLong())
			.isEqualTo(1);
		assertThat(api.get(expenses, owner).body().get("data").findValuesAsString("date")).as("newest first")
			.containsExactly("2026-12-31", "2026-12-01", "2026-11-30");
		assertThat(field(api.get(expenses + "?to=31.12.2026", owner))).isEqualTo("to");
		assertThat(field(api.get(expenses + "?category=snacks", owner))).isEqualTo("category");
	}

	@Test
	void refusesMoreDecimalsThanTheCurrencyAllows() {
		Response refused = api.send("POST", expenses, school.owner().key(), anExpense("fuel", "10.005", "2026-12-01"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("validation_error");
		assertThat(field(refused)).isEqualTo("amount");
		assertThat(api.get(expenses, school.owner().key()).body().get("meta").get("total").asLong()).isZero();
	}

	@Test
	void refusesBadFieldsNamingEach() {
		Map<String, Object> bad = anExpense("snacks", "0", "2026-13-01");
		bad.put("aircraft_id", UUID.randomUUID().toString());

		Response refused = api.send("POST", expenses, school.owner().key(), bad);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw().body()).contains("\"category\"", "\"amount\"", "\"date\"", "\"aircraft_id\"");
	}

	@Test
	void refusesAnotherCurrencyAndAnotherOrganizationsAircraft() {
		School other = organizations.aSchool(api, "Other Club", "EUR");
		Map<String, Object> expense = anExpense("fuel", "10.00", "2026-12-01");
		expense.put("amount", Map.of("amount", "10.00", "currency", "CHF"));
		assertThat(field(api.send("POST", expenses, school.owner().key(), expense))).isEqualTo("amount");

		Map<String, Object> theirs = anExpense("fuel", "10.00", "2026-12-01");
		theirs.put("aircraft_id", accounting.anAircraft(other, "D-EXYZ", "100.00").toString());
		assertThat(field(api.send("POST", expenses, school.owner().key(), theirs))).isEqualTo("aircraft_id");
	}

	@Test
	void allowsOnlyAdminsAndAnswersNotFoundElsewhere() {
		String id = api.send("POST", expenses, school.owner().key(), anExpense("fuel", "10.00", "2026-12-01"))
			.body()
			.get("data")
			.get("id")
			.asString();
		for (Role role : List.of(Role.INSTRUCTOR, Role.MEMBER, Role.STUDENT)) {
			assertThat(api.get(expenses, school.as(role).key()).status()).as(role.name()).isEqualTo(403);
			assertThat(api.send("POST", expenses, school.as(role).key(), Map.of()).status()).isEqualTo(403);
		}
		School other = organizations.aSchool(api, "Other Club", "EUR");
		assertThat(api.get(expenses + "/" + id, other.owner().key()).status()).isEqualTo(404);
		assertThat(api.get(other.path() + "/expenses/" + id, other.owner().key()).status()).isEqualTo(404);
		assertThat(api.send("DELETE", other.path() + "/expenses/" + id, other.owner().key(), null).status())
			.isEqualTo(404);
	}

}
