package aero.hobbs.aircraft.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * `/v1/organizations/{id}/aircraft`: the fleet, its rates, status changes and who may do
 * what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
class FleetApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	ApiClient api;

	School school;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
	}

	static Map<String, Object> aSkyhawk(String registration) {
		Map<String, Object> aircraft = new HashMap<>();
		aircraft.put("registration", registration);
		aircraft.put("type_code", "c172");
		aircraft.put("model", "Cessna 172S");
		aircraft.put("hourly_rate", Map.of("amount", "180.00", "currency", "EUR"));
		return aircraft;
	}

	String add(Map<String, Object> aircraft) {
		Response added = api.send("POST", school.path() + "/aircraft", school.admin().key(), aircraft);
		assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
		return added.body().get("data").get("id").asString();
	}

	@Test
	void addsReadsReplacesAmendsAndRemovesAnAircraft() {
		Response added = api.send("POST", school.path() + "/aircraft", school.admin().key(), aSkyhawk("D-EABC"));
		assertThat(added.status()).isEqualTo(201);
		JsonNode data = added.body().get("data");
		assertThat(data.get("type").asString()).isEqualTo("aircraft");
		JsonNode attributes = data.get("attributes");
		assertThat(attributes.get("registration").asString()).isEqualTo("D-EABC");
		assertThat(attributes.get("type_code").asString()).isEqualTo("C172");
		assertThat(attributes.get("status").asString()).isEqualTo("available");
		assertThat(attributes.get("hourly_rate").get("amount").asString()).isEqualTo("180.00");
		assertThat(attributes.get("hourly_rate").get("currency").asString()).isEqualTo("EUR");
		assertThat(attributes.get("organization_id").asString()).isEqualTo(school.id().toString());
		String id = data.get("id").asString();

		Response read = api.get(school.path() + "/aircraft/" + id, school.student().key());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("data").get("attributes").get("model").asString()).isEqualTo("Cessna 172S");

		Map<String, Object> replaced = aSkyhawk("D-EABC");
		replaced.put("hourly_rate", "195.5");
		replaced.remove("model");
		Response put = api.send("PUT", school.path() + "/aircraft/" + id, school.owner().key(), replaced);
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.body().get("data").get("attributes").get("hourly_rate").get("amount").asString())
			.isEqualTo("195.50");
		assertThat(put.body().get("data").get("attributes").has("model")
				&& !put.body().get("data").get("attributes").get("model").isNull())
			.isFalse();

		Response patched = api.send("PATCH", school.path() + "/aircraft/" + id, school.admin().key(),
				Map.of("model", "Cessna 172SP"));
		assertThat(patched.status()).isEqualTo(200);
		JsonNode patchedAttributes = patched.body().get("data").get("attributes");
		assertThat(patchedAttributes.get("model").asString()).isEqualTo("Cessna 172SP");
		assertThat(patchedAttributes.get("hourly_rate").get("amount").asString()).isEqualTo("195.50");
		assertThat(patchedAttributes.get("registration").asString()).isEqualTo("D-EABC");

		assertThat(api.send("DELETE", school.path() + "/aircraft/" + id, school.admin().key(), null).status())
			.isEqualTo(204);
		assertThat(api.get(school.path() + "/aircraft/" + id, school.admin().key()).status()).isEqualTo(404);
	}

	@Test
	void listsTheFleetByRegistrationWithPagingAndAStatusFilter() {
		add(aSkyhawk("D-EBBB"));
		String grounded = add(aSkyhawk("D-EAAA"));
		add(aSkyhawk("D-ECCC"));
		api.send("POST", school.path() + "/aircraft/" + grounded + "/status", school.admin().key(),
				Map.of("status", "grounded"));

		Response all = api.get(school.path() + "/aircraft?per_page=2", school.student().key());
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body().get("data").findValuesAsString("registration")).containsExactly("D-EAAA", "D-EBBB");
		assertThat(all.body().get("meta").get("total").asLong()).isEqualTo(3);
		assertThat(all.body().get("links").get("next").asString()).contains("page=2");

		Response onlyGrounded = api.get(school.path() + "/aircraft?status=grounded", school.member().key());
		assertThat(onlyGrounded.body().get("data").findValuesAsString("registration")).containsExactly("D-EAAA");

		Response bad = api.get(school.path() + "/aircraft?status=broken", school.member().key());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("error").get("details").get("field").asString()).isEqualTo("status");
	}

	@Test
	void refusesAnHourlyRateWithMoreDecimalsThanTheCurrencyAllows() {
		Map<String, Object> aircraft = aSkyhawk("D-EXYZ");
		aircraft.put("hourly_rate", Map.of("amount", "180.001", "currency", "EUR"));
		Response refused = api.send("POST", school.path() + "/aircraft", school.admin().key(), aircraft);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("validation_error");
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("hourly_rate");
		assertThat(refused.body().get("error").get("details").get("issue").asString()).contains("decimals");
		assertThat(api.get(school.path() + "/aircraft", school.admin().key()).body().get("data").size()).isZero();
	}

	@Test
	void refusesAnHourlyRateInAnotherCurrency() {
		Map<String, Object> aircraft = aSkyhawk("D-EXYZ");
		aircraft.put("hourly_rate", Map.of("amount", "180.00", "currency", "USD"));
		Response refused = api.send("POST", school.path() + "/aircraft", school.admin().key(), aircraft);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("hourly_rate");
		assertThat(refused.body().get("error").get("details").get("issue").asString()).contains("EUR");
	}

	@Test
	void namesEveryBadFieldAtOnce() {
		Response refused = api.send("POST", school.path() + "/aircraft", school.admin().key(),
				Map.of("category_class", "rocket", "hourly_rate", "-5"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field")).contains("registration",
				"type_code", "category_class", "hourly_rate");
	}

	@Test
	void refusesASecondAircraftWithTheSameRegistration() {
		add(aSkyhawk("D-EABC"));
		Response refused = api.send("POST", school.path() + "/aircraft", school.admin().key(), aSkyhawk("d-eabc"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("registration");
	}

	@Test
	void recordsAStatusChangeWithWhoAndWhen() {
		String id = add(aSkyhawk("D-EABC"));
		Instant before = Instant.now().minusSeconds(5);
		Response changed = api.send("POST", school.path() + "/aircraft/" + id + "/status", school.instructor().key(),
				Map.of("status", "grounded", "note", "Bird strike on the left wing"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("data").get("attributes").get("status").asString()).isEqualTo("grounded");

		Response history = api.get(school.path() + "/aircraft/" + id + "/status-changes", school.student().key());
		assertThat(history.status()).isEqualTo(200);
		JsonNode newest = history.body().get("data").get(0);
		assertThat(newest.get("type").asString()).isEqualTo("aircraft_status_change");
		JsonNode change = newest.get("attributes");
		assertThat(change.get("from").asString()).isEqualTo("available");
		assertThat(change.get("to").asString()).isEqualTo("grounded");
		assertThat(change.get("note").asString()).isEqualTo("Bird strike on the left wing");
		assertThat(change.get("changed_by").asString()).isEqualTo(school.instructor().id());
		assertThat(change.get("changed_by_name").asString()).isEqualTo("Test Pilot");
		assertThat(Instant.parse(change.get("changed_at").asString())).isAfter(before);
		JsonNode added = history.body().get("data").get(1).get("attributes");
		assertThat(added.get("from").isNull()).isTrue();
		assertThat(added.get("to").asString()).isEqualTo("available");
		assertThat(added.get("changed_by").asString()).isEqualTo(school.admin().id());
	}

	@Test
	void refusesAnUnknownStatus() {
		String id = add(aSkyhawk("D-EABC"));
		Response refused = api.send("POST", school.path() + "/aircraft/" + id + "/status", school.admin().key(),
				Map.of("status", "flying"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("status");
	}

	@Test
	void refusesRolesWithoutThePermissionEvenWithAnEmptyBody() {
		String id = add(aSkyhawk("D-EABC"));
		assertThat(api.send("POST", school.path() + "/aircraft", school.instructor().key(), Map.of()).status())
			.isEqualTo(403);
		assertThat(api.send("PUT", school.path() + "/aircraft/" + id, school.member().key(), Map.of()).status())
			.isEqualTo(403);
		assertThat(api.send("PATCH", school.path() + "/aircraft/" + id, school.student().key(), Map.of()).status())
			.isEqualTo(403);
		assertThat(api.send("DELETE", school.path() + "/aircraft/" + id, school.instructor().key(), null).status())
			.isEqualTo(403);
		Response status = api.send("POST", school.path() + "/aircraft/" + id + "/status", school.student().key(),
				Map.of());
		assertThat(status.status()).isEqualTo(403);
		assertThat(status.body().get("error").get("code").asString()).isEqualTo("forbidden");
		assertThat(status.body().get("error").get("message").asString()).contains("instructor");
	}

	@Test
	void answersNotFoundToNonMembersAndForAnotherOrganizationsAircraft() {
		String id = add(aSkyhawk("D-EABC"));
		School other = organizations.aSchool(api, "Other Club", "EUR");
		assertThat(api.get(school.path() + "/aircraft", other.owner().key()).status()).isEqualTo(404);
		assertThat(api.get(school.path() + "/aircraft/" + id, other.owner().key()).status()).isEqualTo(404);
		assertThat(api.get(other.path() + "/aircraft/" + id, other.owner().key()).status()).isEqualTo(404);
		assertThat(api
			.send("POST", other.path() + "/aircraft/" + id + "/status", other.owner().key(),
					Map.of("status", "grounded"))
			.status()).isEqualTo(404);
		assertThat(api.send("DELETE", other.path() + "/aircraft/" + id, other.owner().key(), null).status())
			.isEqualTo(404);
		assertThat(api.get(other.path() + "/aircraft/" + id + "/status-changes", other.owner().key()).status())
			.isEqualTo(404);
		assertThat(api.get(school.path() + "/aircraft/" + id, school.admin().key())
			.body()
			.get("data")
			.get("attributes")
			.get("status")
			.asString()).isEqualTo("available");
	}

}
