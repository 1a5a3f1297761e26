package aero.hobbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.webhooks.StandardWebhooksVerifier;
import aero.hobbs.webhooks.WebhookReceiver;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6 from outside the server, over HTTP only and in a real browser: the platform
 * admin enables API access on the standard plan; the organization's admin creates an API
 * key and a webhook endpoint (a receiver on loopback); a member logs a flight through
 * `/v1`; the receiver gets {@code flight_log.created}, verifies it with the npm
 * {@code standardwebhooks} package, and its payload is the API's resource; an OAuth
 * client takes a member through sign-in and consent in Chromium with PKCE and reads only
 * what the member allowed; the 1,001st request of the hour answers 429 with the headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegratorJourneyTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void anIntegratorConnectsThroughKeysWebhooksAndOAuth() throws Exception {
		ApiClient api = new ApiClient(port);
		Pilot admin = api.newPilot("Dana Admin");
		Pilot member = api.newPilot("Max Member");

		// an organization, its member, and API access enabled by the platform admin
		Response organization = api.send("POST", "/v1/organizations", admin.key(),
				Map.of("name", "Lakeside Flying Club", "time_zone", "Europe/Berlin", "currency", "EUR"));
		assertThat(organization.status()).as(organization.raw().body()).isEqualTo(201);
		String orgId = organization.body().get("data").get("id").asString();
		String org = "/v1/organizations/" + orgId;
		Response invited = api.send("POST", org + "/members", admin.key(),
				Map.of("email", member.email(), "role", "member"));
		assertThat(api
			.send("POST", "/v1/me/invitations/" + invited.body().get("data").get("id").asString() + "/accept",
					member.key(), null)
			.status()).isEqualTo(200);
		Response enabled = api.send("PUT", "/api/admin/organizations/" + orgId + "/api-access", ApiClient.ADMIN_TOKEN,
				Map.of("plan", "standard"));
		assertThat(enabled.status()).as(enabled.raw().body()).isEqualTo(200);
		assertThat(enabled.body().get("data").get("attributes").get("requests_per_hour").asLong()).isEqualTo(1000);

		// the organization's admin creates a server-to-server key and a webhook endpoint
		Response key = api.send("POST", org + "/api-keys", admin.key(), Map.of("name", "ERP", "role", "admin"));
		assertThat(key.status()).as(key.raw().body()).isEqualTo(201);
		String orgKey = key.body().get("data").get("attributes").get("key").asString();

		try (WebhookReceiver receiver = new WebhookReceiver(); ClientCallback callback = new ClientCallback()) {
			Response endpoint = api.send("POST", org + "/webhooks", orgKey,
					Map.of("url", receiver.url(), "events", List.of("flight_log.created")));
			assertThat(endpoint.status()).as(endpoint.raw().body()).isEqualTo(201);
			String secret = endpoint.body().get("data").get("attributes").get("secret").asString();
			assertThat(secret).startsWith("whsec_");

			// a flight log through /v1
			Response aircraft = api.send("POST", org + "/aircraft", orgKey,
					Map.of("registration", "D-ELAK", "type_code", "C172"));
			Map<String, Object> flight = new HashMap<>();
			flight.put("aircraft_id", aircraft.body().get("data").get("id").asString());
			flight.put("flight_date", "2026-11-28");
			flight.put("departure_airport", "EDDM");
			flight.put("arrival_airport", "EDMA");
			flight.put("departure_time", "09:00");
			flight.put("arrival_time", "10:10");
			Response logged = api.send("POST", org + "/flight-logs", member.key(), flight);
			assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
			String flightPath = org + "/flight-logs/" + logged.body().get("data").get("id").asString();

			// the receiver verifies the delivery with standardwebhooks; it is the API's
			// resource
			WebhookReceiver.Received delivery = receiver.next(WAIT);
			StandardWebhooksVerifier.Outcome verified = StandardWebhooksVerifier.verify(secret,
					Map.of("webhook-id", delivery.header("webhook-id"), "webhook-timestamp",
							delivery.header("webhook-timestamp"), "webhook-signature",
							delivery.header("webhook-signature")),
					delivery.body());
			assertThat(verified.exitCode()).as(verified.output()).isZero();
			JsonNode payload = json.readTree(delivery.body());
			assertThat(payload.get("type").asString()).isEqualTo("flight_log.created");
			assertThat(payload.get("data")).isEqualTo(api.get(flightPath, orgKey).body().get("data"));

			// an OAuth client: the member signs in and consents in the browser, with PKCE
			Response registered = api.send("POST", org + "/oauth-clients", admin.key(),
					Map.of("name", "Logbook Insights", "redirect_uris", List.of(callback.url()), "scopes",
							List.of("flight_logs:read", "members:read")));
			assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
			String clientId = registered.body().get("data").get("attributes").get("client_id").asString();
			String verifier = randomVerifier();
			String authorize = "http://localhost:" + port + "/oauth2/authorize?response_type=code&client_id=" + clientId
					+ "&redirect_uri=" + encode(callback.url()) + "&scope=" + encode("flight_logs:read members:read")
					+ "&state=journey&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
			try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser().newContext()) {
				Page page = Chromium.watched(context.newPage());
				page.navigate(authorize);
				page.waitForURL(Pattern.compile(".*/login$"));
				page.locator("input[name=username]").fill(member.email());
				page.locator("input[name=password]").fill(member.password());
				page.locator("form button[type=submit]").click();
				page.waitForURL(Pattern.compile(".*/oauth2/consent.*"));
				assertThat(page.locator("#consent-client").textContent()).isEqualTo("Logbook Insights");
				assertThat(page.locator("#consent-organization").textContent()).isEqualTo("Lakeside Flying Club");
				// the member allows the flight logs but not the member directory
				page.locator("input[name=scope][value='members:read']").uncheck();
				page.locator("#consent-allow").click();
				page.waitForURL(Pattern.compile(Pattern.quote(callback.url()) + ".*"));
				assertThat(page.locator("body").textContent()).contains("Connected");
				page.close();
			}
			Map<String, String> answer = callback.next();
			assertThat(answer.get("state")).isEqualTo("journey");

			JsonNode tokens = json.readTree(post("/oauth2/token",
					"grant_type=authorization_code&code=" + encode(answer.get("code")) + "&redirect_uri="
							+ encode(callback.url()) + "&client_id=" + clientId + "&code_verifier=" + verifier));
			String accessToken = tokens.get("access_token").asString();
			assertThat(tokens.get("scope").asString()).isEqualTo("flight_logs:read");

			Response read = api.get(org + "/flight-logs", accessToken);
			assertThat(read.status()).isEqualTo(200);
			assertThat(read.body().get("data").toString()).contains(logged.body().get("data").get("id").asString());
			Response members = api.get(org + "/members", accessToken);
			assertThat(members.status()).as("the member did not allow members:read").isEqualTo(403);
			assertThat(members.header("WWW-Authenticate")).contains("insufficient_scope");
			assertThat(api.get(org + "/invoices", accessToken).status()).isEqualTo(403);
			assertThat(api.send("POST", org + "/flight-logs", accessToken, flight).status()).isEqualTo(403);
			assertThat(api.get("/v1/me/flight-logs", accessToken).status()).isEqualTo(403);
		}

		// the organization's hourly budget: every request above counted; exactly 1,000
		// pass
		Response last = api.get(org + "/flight-logs", orgKey);
		assertThat(last.header("X-RateLimit-Limit")).isEqualTo("1000");
		long remaining = Long.parseLong(last.header("X-RateLimit-Remaining"));
		long usedBefore = 1000 - remaining;
		for (long i = remaining; i > 0; i--) {
			Response allowed = api.get(org + "/flight-logs", orgKey);
			assertThat(allowed.status()).isEqualTo(200);
			assertThat(allowed.header("X-RateLimit-Remaining")).isEqualTo(Long.toString(i - 1));
		}
		Response refused = api.get(org + "/flight-logs", orgKey);
		assertThat(refused.status()).as("request %d of the hour", usedBefore + remaining + 1).isEqualTo(429);
		assertThat(usedBefore + remaining + 1).isEqualTo(1001);
		assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("1000");
		assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
		long reset = Long.parseLong(refused.header("X-RateLimit-Reset"));
		assertThat(reset).isBetween(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + 3600);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("rate_limited");
		assertThat(api.get(org + "/flight-logs", member.key()).status())
			.as("the member's own key spends the same organization budget")
			.isEqualTo(429);
	}

	private String post(String path, String form) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static String randomVerifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) throws Exception {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * The OAuth client's redirect URI: a page on loopback that records what came back.
	 */
	static final class ClientCallback implements AutoCloseable {

		private final HttpServer server;

		private final BlockingQueue<Map<String, String>> received = new ArrayBlockingQueue<>(4);

		ClientCallback() throws IOException {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/callback", exchange -> {
				Map<String, String> query = new HashMap<>();
				String raw = exchange.getRequestURI().getRawQuery();
				for (String pair : raw == null ? new String[0] : raw.split("&")) {
					String[] parts = pair.split("=", 2);
					query.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
							parts.length < 2 ? "" : java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
				}
				received.offer(query);
				byte[] body = "<!DOCTYPE html><title>Logbook Insights</title><link rel=\"icon\" href=\"data:,\"><p>Connected</p>"
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
		}

		Map<String, String> next() throws InterruptedException {
			Map<String, String> query = received.poll(20, TimeUnit.SECONDS);
			assertThat(query).as("the client's redirect URI was reached").isNotNull();
			return query;
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

}
