package aero.hobbs.organizations.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.ApiAccessFixtures;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.shared.BearerKeys;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth for user-facing applications over real HTTP: an admin registers a client, a
 * member signs in, consents and the client redeems the code with PKCE; the token acts for
 * that member in that organization only, within its scopes, and stops at once when the
 * client, the member, the admin or the server's revocation endpoint takes it back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
class OAuthIntegrationTests {

	static final String REDIRECT = "http://127.0.0.1:9/callback";

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	School school;

	@BeforeEach
	void aSchoolWithApiAccess() {
		api = new ApiClient(port);
		school = fixtures.aSchool(api);
		ApiAccessFixtures.enable(api, school.id(), "standard", null);
	}

	@Test
	void discoveryNamesTheEndpointsAndPkce() {
		Response metadata = api.get("/.well-known/oauth-authorization-server", null);

		assertThat(metadata.status()).isEqualTo(200);
		String base = "http://localhost:" + port;
		assertThat(metadata.body().get("issuer").asString()).isEqualTo(base);
		assertThat(metadata.body().get("authorization_endpoint").asString()).isEqualTo(base + "/oauth2/authorize");
		assertThat(metadata.body().get("token_endpoint").asString()).isEqualTo(base + "/oauth2/token");
		assertThat(metadata.body().get("revocation_endpoint").asString()).isEqualTo(base + "/oauth2/revoke");
		assertThat(metadata.body().get("code_challenge_methods_supported").toString()).contains("S256");
	}

	@Test
	void aMemberConsentsAndTheTokenReadsOnlyWithinItsScopes() {
		String clientId = register(List.of("flight_logs:read", "aircraft:read"), false).get("client_id").asString();
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(school.student());

		JsonNode answer = flow.authorizeAndRedeem(clientId, REDIRECT, List.of("flight_logs:read"));

		String token = answer.get("access_token").asString();
		assertThat(token).startsWith("hbt_");
		assertThat(answer.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(answer.get("scope").asString()).isEqualTo("flight_logs:read");
		assertThat(answer.has("refresh_token")).as("a public client gets no refresh token").isFalse();

		Response flights = api.get(school.path() + "/flight-logs", token);
		assertThat(flights.status()).isEqualTo(200);
		assertThat(flights.header("X-RateLimit-Limit")).isEqualTo("1000");
		assertThat(api.get(school.path(), token).status()).isEqualTo(200);

		// aircraft:read was registered but not allowed by the member
		Response fleet = api.get(school.path() + "/aircraft", token);
		assertThat(fleet.status()).isEqualTo(403);
		assertThat(fleet.header("WWW-Authenticate")).contains("insufficient_scope").contains("aircraft:read");
		assertThat(fleet.body().get("error").get("message").asString()).contains("aircraft:read");
		assertThat(fleet.header("X-RateLimit-Remaining")).isNotNull();

		Response members = api.get(school.path() + "/members", token);
		assertThat(members.status()).isEqualTo(403);
		Response write = api.send("POST", school.path() + "/flight-logs", token, Map.of("date", "2026-01-01"));
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.header("WWW-Authenticate")).contains("flight_logs:write");
		assertThat(api.get(school.path() + "/api-keys", token).status()).isEqualTo(403);
		assertThat(api.get(school.path() + "/webhooks", token).status()).isEqualTo(403);
		assertThat(api.send("DELETE", school.path(), token, null).status()).isEqualTo(403);

		Response personal = api.get("/v1/me/flight-logs", token);
		assertThat(personal.status()).isEqualTo(403);
		assertThat(personal.body().get("error").get("message").asString())
			.contains("only in its client's organization");
	}

	@Test
	void theTokenNeverReachesAnotherOrganizationOfTheSameMember() {
		// the owner of this school creates another organization, so is a member of both
		Response other = api.send("POST", "/v1/organizations", school.owner().key(),
				Map.of("name", "Other Aero Club", "time_zone", "Europe/Berlin", "currency", "EUR"));
		assertThat(other.status()).as(other.raw().body()).isEqualTo(201);
		String otherPath = "/v1/organizations/" + other.body().get("data").get("id").asString();
		assertThat(api.get(otherPath + "/flight-logs", school.owner().key()).status()).isEqualTo(200);
		String clientId = register(List.of("flight_logs:read"), false).get("client_id").asString();
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(school.owner());
		String token = flow.authorizeAndRedeem(clientId, REDIRECT, List.of("flight_logs:read"))
			.get("access_token")
			.asString();

		Response elsewhere = api.get(otherPath + "/flight-logs", token);

		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(api.get("/v1/organizations/" + UUID.randomUUID() + "/flight-logs", token).status()).isEqualTo(404);
	}

	@Test
	void tokensAreStoredAsHashes() {
		String clientId = register(List.of("members:read"), false).get("client_id").asString();
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(school.member());
		String token = flow.authorizeAndRedeem(clientId, REDIRECT, List.of("members:read"))
			.get("access_token")
			.asString();

		List<String> stored = jdbc
			.sql("SELECT a.access_token_value FROM oauth2_authorization a JOIN oauth2_registered_client c "
					+ "ON c.id = a.registered_client_id WHERE c.client_id = ?")
			.param(clientId)
			.query((rs, n) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8))
			.list();
		assertThat(stored).containsExactly("sha256:" + BearerKeys.sha256(token));
		assertThat(api.get(school.path() + "/members", token).status()).isEqualTo(200);
	}

	@Test
	void revocationStopsTheTokenAtOnce() {
		String clientId = register(List.of("flight_logs:read"), false).get("client_id").asString();
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(school.instructor());

		// the client revokes its own token (RFC 7009)
		String first = flow.authorizeAndRedeem(clientId, REDIRECT, List.of("flight_logs:read"))
			.get("access_token")
			.asString();
		assertThat(api.get(school.path() + "/flight-logs", first).status()).isEqualTo(200);
		assertThat(flow.revoke(clientId, first).statusCode()).isEqualTo(200);
		assertThat(api.get(school.path() + "/flight-logs", first).status()).isEqualTo(401);

		// the member takes the application back on the settings page
		String second = flow.authorizeAndRedeem(clientId, REDIRECT, List.of("flight_logs:read"))
			.get("access_token")
			.asString();
		HttpResponse<String> applications = flow.page("/settings/applications");
		assertThat(applications.body()).contains("Test app").contains("Skyhawk Flight School");
		String registeredId = jdbc.sql("SELECT id FROM oauth2_registered_client WHERE client_id = ?")
			.param(clientId)
			.query(String.class)
			.single();
		HttpResponse<String> taken = flow.postPage("/settings/applications/revoke",
				Map.of("client", registeredId, "_csrf", OAuthFlow.hidden(applications.body(), "_csrf")));
		assertThat(taken.statusCode()).isEqualTo(302);
		assertThat(api.get(school.path() + "/flight-logs", second).status()).isEqualTo(401);

		// the admin revokes the client: every token it holds stops
		String third = flow.authorizeAndRedeem(clientId, REDIRECT, List.of("flight_logs:read"))
			.get("access_token")
			.asString();
		assertThat(api.send("DELETE", school.path() + "/oauth-clients/" + registeredId, school.admin().key(), null)
			.status()).isEqualTo(204);
		assertThat(api.get(school.path() + "/flight-logs", third).status()).isEqualTo(401);
		Response listed = api.get(school.path() + "/oauth-clients/" + registeredId, school.admin().key());
		assertThat(listed.body().get("data").get("attributes").get("active").asBoolean()).isFalse();
		HttpResponse<String> again = flow.authorize(clientId, REDIRECT, "flight_logs:read", OAuthFlow.Pkce.create(),
				"s");
		assertThat(again.statusCode()).as("a revoked client cannot start a flow").isEqualTo(400);
	}

	@Test
	void aRemovedMembersTokenStopsWorking() {
		String clientId = register(List.of("flight_logs:read"), false).get("client_id").asString();
		Pilot leaving = fixtures.join(api, school.id(), school.owner(), aero.hobbs.organizations.Role.MEMBER);
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(leaving);
		String token = flow.authorizeAndRedeem(clientId, REDIRECT, List.of("flight_logs:read"))
			.get("access_token")
			.asString();

		assertThat(api.send("DELETE", school.path() + "/members/" + leaving.id(), school.admin().key(), null).status())
			.isEqualTo(204);

		assertThat(api.get(school.path() + "/flight-logs", token).status()).isEqualTo(401);
	}

	@Test
	void disablingApiAccessStopsTokens() {
		String clientId = register(List.of("flight_logs:read"), false).get("client_id").asString();
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(school.member());
		String token = flow.authorizeAndRedeem(clientId, REDIRECT, List.of("flight_logs:read"))
			.get("access_token")
			.asString();

		api.send("DELETE", "/api/admin/organizations/" + school.id() + "/api-access", ApiClient.ADMIN_TOKEN, null);

		assertThat(api.get(school.path() + "/flight-logs", token).status()).isEqualTo(401);
	}

	@Test
	void aNonMemberIsToldAndCanOnlyRefuse() {
		String clientId = register(List.of("flight_logs:read"), false).get("client_id").asString();
		Pilot outsider = api.newPilot("Outsider");
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(outsider);

		OAuthFlow.ConsentPage page = flow
			.consentPage(flow.authorize(clientId, REDIRECT, "flight_logs:read", OAuthFlow.Pkce.create(), "xyz"));

		assertThat(page.html()).contains("you are not a member").doesNotContain("id=\"consent-allow\"");
		HttpResponse<String> refused = flow.answer(page, List.of());
		assertThat(OAuthFlow.location(refused)).startsWith(REDIRECT)
			.contains("error=access_denied")
			.contains("state=xyz");
	}

	@Test
	void withoutPkceOrWithAWrongVerifierNoTokenIsIssued() {
		String clientId = register(List.of("flight_logs:read"), false).get("client_id").asString();
		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(school.member());

		HttpResponse<String> noPkce = flow.authorize(clientId, REDIRECT, "flight_logs:read", null, "s1");
		assertThat(OAuthFlow.location(noPkce)).startsWith(REDIRECT).contains("error=invalid_request");

		OAuthFlow.Pkce pkce = OAuthFlow.Pkce.create();
		OAuthFlow.ConsentPage page = flow
			.consentPage(flow.authorize(clientId, REDIRECT, "flight_logs:read", pkce, "s2"));
		String code = OAuthFlow.query(OAuthFlow.location(flow.answer(page, List.of("flight_logs:read")))).get("code");
		HttpResponse<String> wrong = flow.token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
				REDIRECT, "client_id", clientId, "code_verifier", OAuthFlow.Pkce.create().verifier()), null);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("invalid_grant");

		HttpResponse<String> unknownRedirect = flow.authorize(clientId, "https://evil.example/cb", "flight_logs:read",
				OAuthFlow.Pkce.create(), "s3");
		assertThat(unknownRedirect.statusCode()).as("never redirects to an unregistered URI").isEqualTo(400);
	}

	@Test
	void aConfidentialClientRefreshesWithRotation() {
		JsonNode client = register(List.of("calendar:read", "calendar:write"), true);
		String clientId = client.get("client_id").asString();
		String secret = client.get("client_secret").asString();
		assertThat(secret).startsWith("hcs_");
		String stored = jdbc.sql("SELECT client_secret FROM oauth2_registered_client WHERE client_id = ?")
			.param(clientId)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(secret);

		OAuthFlow flow = new OAuthFlow(port);
		flow.signIn(school.member());
		OAuthFlow.Pkce pkce = OAuthFlow.Pkce.create();
		OAuthFlow.ConsentPage page = flow.consentPage(flow.authorize(clientId, REDIRECT, "calendar:write", pkce, "s"));
		String code = OAuthFlow.query(OAuthFlow.location(flow.answer(page, List.of("calendar:write")))).get("code");
		JsonNode tokens = JsonMapper.builder()
			.build()
			.readTree(flow
				.token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
						"code_verifier", pkce.verifier()), clientId + ":" + secret)
				.body());
		String refresh = tokens.get("refresh_token").asString();
		assertThat(refresh).startsWith("hbr_");
		assertThat(api.get(school.path() + "/calendar/reservations", tokens.get("access_token").asString()).status())
			.as("write implies read of the same group")
			.isEqualTo(200);

		HttpResponse<String> refreshed = flow.token(Map.of("grant_type", "refresh_token", "refresh_token", refresh),
				clientId + ":" + secret);
		assertThat(refreshed.statusCode()).isEqualTo(200);
		HttpResponse<String> reused = flow.token(Map.of("grant_type", "refresh_token", "refresh_token", refresh),
				clientId + ":" + secret);
		assertThat(reused.statusCode()).as("a used refresh token is spent").isEqualTo(400);
		assertThat(flow.token(
				Map.of("grant_type", "refresh_token", "refresh_token",
						JsonMapper.builder().build().readTree(refreshed.body()).get("refresh_token").asString()),
				clientId + ":wrong-secret")
			.statusCode()).isEqualTo(401);
	}

	@Test
	void registrationNamesEveryProblemAndKeepsRolesAndPlansInMind() {
		Response bad = api.send("POST", school.path() + "/oauth-clients", school.admin().key(),
				Map.of("name", "", "redirect_uris",
						List.of("http://app.example.com/cb", "https://app.example.com/cb#x", "relative/path"), "scopes",
						List.of("flight_logs:read", "everything")));

		assertThat(bad.status()).isEqualTo(400);
		JsonNode errors = bad.body().get("error").get("errors");
		assertThat(errors.toString()).contains("\"name\"")
			.contains("redirect_uris[0]")
			.contains("redirect_uris[1]")
			.contains("redirect_uris[2]")
			.contains("scopes[1]")
			.doesNotContain("scopes[0]");
		assertThat(api.send("POST", school.path() + "/oauth-clients", school.student().key(), validClient()).status())
			.isEqualTo(403);
		assertThat(api.get(school.path() + "/oauth-clients", school.instructor().key()).status()).isEqualTo(403);

		School without = fixtures.aSchool(api, "No API Club", "EUR");
		Response conflict = api.send("POST", without.path() + "/oauth-clients", without.admin().key(), validClient());
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.body().get("error").get("details").get("field").asString()).isEqualTo("api_access");
		assertThat(api.get(school.path() + "/oauth-clients", without.admin().key()).status()).isEqualTo(404);
	}

	private Map<String, Object> validClient() {
		return Map.of("name", "Test app", "redirect_uris", List.of(REDIRECT, "com.example.hobbsapp:/callback"),
				"scopes", List.of("flight_logs:read"));
	}

	private JsonNode register(List<String> scopes, boolean confidential) {
		Response created = api.send("POST", school.path() + "/oauth-clients", school.admin().key(), Map.of("name",
				"Test app", "redirect_uris", List.of(REDIRECT), "scopes", scopes, "confidential", confidential));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.body().get("data").get("attributes");
	}

}
