package aero.hobbs.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.oauth.OAuthFlow;
import aero.hobbs.organizations.oauth.OAuthScope;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * Walks every organization-scoped `/v1` operation the OpenAPI document lists, with the
 * credentials of every role of another organization (each must get 404) and of every role
 * of the same organization that the operation's documented permission leaves out (each
 * must get 403, or only its own objects where the permission has an `own` part). The
 * objects addressed belong to the owner, so no lower role owns them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationIsolationIntegrationTests {

	private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

	record Operation(String method, String template, String permission, Set<Role> roles, boolean own,
			List<String> oauthScopes) {

		boolean collection() {
			return !template.matches(".*\\}$") || template.endsWith("{orgId}");
		}

		@Override
		public String toString() {
			return method + " " + template;
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	ApiClient api;

	School school;

	School other;

	final Map<String, String> ids = new HashMap<>();

	/** Organization API keys of every role but owner, which no key may have. */
	final Map<Role, String> schoolKeys = new EnumMap<>(Role.class);

	final Map<Role, String> otherKeys = new EnumMap<>(Role.class);

	List<Operation> operations;

	@BeforeAll
	void twoSchools() {
		api = new ApiClient(port);
		school = fixtures.aSchool(api, "Isolation School", "EUR");
		other = fixtures.aSchool(api, "Other School", "EUR");
		ids.put("orgId", school.id().toString());
		ids.put("userId", school.owner().id());
		ids.put("invitationId",
				created(school.path() + "/members", Map.of("email", "iso@example.com", "role", "member")));
		String aircraft = created(school.path() + "/aircraft", Map.of("registration", "D-EISO", "type_code", "C172"));
		ids.put("aircraftId", aircraft);
		ids.put("flightId", created(school.path() + "/flight-logs",
				Map.of("aircraft_id", aircraft, "flight_date", "2026-11-01", "block_time_minutes", 60)));
		ids.put("eventId", created(school.path() + "/calendar/events", Map.of("title", "Ground school", "starts_at",
				"2027-01-01T08:00:00Z", "ends_at", "2027-01-01T09:00:00Z")));
		ids.put("reservationId", created(school.path() + "/calendar/reservations", Map.of("aircraft_id", aircraft,
				"starts_at", "2027-01-01T08:00:00Z", "ends_at", "2027-01-01T09:00:00Z")));
		ids.put("invoiceId", created(school.path() + "/invoices", Map.of("member_id", school.owner().id())));
		ids.put("expenseId", created(school.path() + "/expenses", Map.of("category", "fuel", "amount",
				Map.of("amount", "10.00", "currency", "EUR"), "date", "2026-12-01")));
		// an endpoint that nothing listens on (the discard port), and the delivery of its
		// test ping
		ids.put("endpointId", created(school.path() + "/webhooks",
				Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("member.added"))));
		ids.put("deliveryId", created(school.path() + "/webhooks/" + ids.get("endpointId") + "/test", Map.of()));
		ApiAccessFixtures.enable(api, school.id(), "enterprise", 1_000_000L);
		ApiAccessFixtures.enable(api, other.id(), "enterprise", 1_000_000L);
		ids.put("keyId", created(school.path() + "/api-keys", Map.of("name", "Isolation key", "role", "admin")));
		ids.put("oauthClientId", created(school.path() + "/oauth-clients", Map.of("name", "Isolation app",
				"redirect_uris", List.of("https://app.example.com/cb"), "scopes", List.of("flight_logs:read"))));
		for (Role role : Role.values()) {
			if (role != Role.OWNER) {
				schoolKeys.put(role, ApiAccessFixtures.createKey(api, school.id(), school.owner().key(), role).key());
				otherKeys.put(role, ApiAccessFixtures.createKey(api, other.id(), other.owner().key(), role).key());
			}
		}
		operations = operations();
	}

	@Test
	void everyOrganizationOperationDocumentsItsPermission() {
		JsonNode paths = api.get("/v3/api-docs", null).body().get("paths");
		List<String> undocumented = new ArrayList<>();
		paths.properties().forEach(path -> {
			if (path.getKey().startsWith("/v1/organizations/{orgId}")) {
				path.getValue().properties().forEach(operation -> {
					if (!operation.getValue().has("x-permission")) {
						undocumented.add(operation.getKey() + " " + path.getKey());
					}
				});
			}
		});
		assertThat(undocumented).isEmpty();
		assertThat(operations).hasSizeGreaterThan(5);
	}

	@Test
	void everyRoleOfAnotherOrganizationIsToldNothingExists() {
		List<String> wrong = new ArrayList<>();
		for (Operation operation : operations) {
			for (Role role : Role.values()) {
				int status = call(operation, other.as(role)).status();
				if (status != 404) {
					wrong.add(operation + " as another organization's " + role.wireName() + ": " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyRoleWithoutThePermissionIsRefused() {
		List<String> wrong = new ArrayList<>();
		for (Operation operation : operations) {
			for (Role role : Role.values()) {
				if (operation.roles().contains(role)) {
					continue;
				}
				Response response = call(operation, school.as(role));
				int expected = operation.own() && operation.collection() && operation.method().equals("GET") ? 200
						: 403;
				if (response.status() != expected) {
					wrong.add(
							operation + " as " + role.wireName() + ": " + response.status() + ", expected " + expected);
				}
				else if (expected == 403 && !response.body().get("error").get("code").asString().equals("forbidden")) {
					wrong.add(operation + " as " + role.wireName() + ": not the forbidden error");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyRoleWithThePermissionReads() {
		List<String> wrong = new ArrayList<>();
		for (Operation operation : operations) {
			if (!operation.method().equals("GET")) {
				continue;
			}
			for (Role role : operation.roles()) {
				int status = call(operation, school.as(role)).status();
				if (status != 200) {
					wrong.add(operation + " as " + role.wireName() + ": " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyOrganizationKeyOfAnotherOrganizationIsToldNothingExists() {
		List<String> wrong = new ArrayList<>();
		for (Operation operation : operations) {
			otherKeys.forEach((role, key) -> {
				int status = call(operation, key).status();
				if (status != 404) {
					wrong.add(operation + " with another organization's " + role.wireName() + " key: " + status);
				}
			});
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyOrganizationKeyActsWithItsRole() {
		List<String> wrong = new ArrayList<>();
		for (Operation operation : operations) {
			schoolKeys.forEach((role, key) -> {
				boolean permitted = operation.roles().contains(role);
				if (permitted && !operation.method().equals("GET")) {
					return;
				}
				int expected = permitted
						|| operation.own() && operation.collection() && operation.method().equals("GET") ? 200 : 403;
				int status = call(operation, key).status();
				if (status != expected) {
					wrong.add(operation + " with a " + role.wireName() + " key: " + status + ", expected " + expected);
				}
			});
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyOAuthTokenOfAnotherOrganizationIsToldNothingExists() {
		String token = oauthToken(other, OAuthScope.values());
		List<String> wrong = new ArrayList<>();
		for (Operation operation : operations) {
			int status = call(operation, token).status();
			if (status != 404) {
				wrong.add(operation + " with another organization's OAuth token: " + status);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyOAuthTokenReachesOnlyWhatItsScopesAllow() {
		String all = oauthToken(school, OAuthScope.values());
		String flightsOnly = oauthToken(school, OAuthScope.FLIGHT_LOGS_READ);
		List<String> wrong = new ArrayList<>();
		for (Operation operation : operations) {
			boolean open = !operation.oauthScopes().isEmpty();
			if (!open || operation.method().equals("GET")) {
				int status = call(operation, all).status();
				if (status != (open ? 200 : 403)) {
					wrong.add(operation + " with an all-scopes token of the owner: " + status);
				}
			}
			boolean flights = operation.oauthScopes().contains("any")
					|| operation.oauthScopes().contains("flight_logs:read");
			if (!flights || operation.method().equals("GET")) {
				int status = call(operation, flightsOnly).status();
				if (status != (flights ? 200 : 403)) {
					wrong.add(operation + " with a flight_logs:read token: " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(operations).anyMatch(operation -> operation.oauthScopes().isEmpty())
			.anyMatch(operation -> operation.oauthScopes().contains("calendar:write"));
	}

	/**
	 * An access token of the school's owner for a client with these scopes, all allowed.
	 */
	private String oauthToken(School in, OAuthScope... scopes) {
		List<String> names = Arrays.stream(scopes).map(OAuthScope::wireName).toList();
		Response client = api.send("POST", in.path() + "/oauth-clients", in.owner().key(), Map.of("name",
				"Isolation app " + names.size(), "redirect_uris", List.of("http://127.0.0.1:9/cb"), "scopes", names));
		assertThat(client.status()).as(client.raw().body()).isEqualTo(201);
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(in.owner());
		return flow
			.authorizeAndRedeem(client.body().get("data").get("attributes").get("client_id").asString(),
					"http://127.0.0.1:9/cb", names)
			.get("access_token")
			.asString();
	}

	private Response call(Operation operation, Pilot pilot) {
		return call(operation, pilot.key());
	}

	private Response call(Operation operation, String bearer) {
		Matcher parameters = PARAMETER.matcher(operation.template());
		StringBuilder path = new StringBuilder();
		while (parameters.find()) {
			String id = ids.get(parameters.group(1));
			assertThat(id).as("an object for {%s} in %s", parameters.group(1), operation).isNotNull();
			parameters.appendReplacement(path, id);
		}
		parameters.appendTail(path);
		Object body = operation.method().equals("GET") || operation.method().equals("DELETE") ? null : Map.of();
		return api.send(operation.method(), path.toString(), bearer, body);
	}

	private String created(String path, Map<String, ?> body) {
		Response response = api.send("POST", path, school.owner().key(), body);
		assertThat(response.status()).as("POST %s: %s", path, response.raw().body()).isEqualTo(201);
		return response.body().get("data").get("id").asString();
	}

	private List<Operation> operations() {
		List<Operation> found = new ArrayList<>();
		api.get("/v3/api-docs", null).body().get("paths").properties().forEach(path -> {
			if (!path.getKey().startsWith("/v1/organizations/{orgId}")) {
				return;
			}
			path.getValue().properties().forEach(entry -> {
				JsonNode permission = entry.getValue().get("x-permission");
				if (permission == null) {
					return;
				}
				Set<Role> roles = new LinkedHashSet<>();
				permission.get("roles").forEach(role -> roles.add(Role.fromWire(role.asString()).orElseThrow()));
				List<String> scopes = new ArrayList<>();
				entry.getValue().get("x-oauth-scopes").forEach(scope -> scopes.add(scope.asString()));
				found.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
						permission.get("name").asString(), roles, permission.has("own"), scopes));
			});
		});
		return found;
	}

}
