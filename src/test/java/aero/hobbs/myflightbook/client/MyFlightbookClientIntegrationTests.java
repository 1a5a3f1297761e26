package aero.hobbs.myflightbook.client;

import aero.hobbs.myflightbook.MyFlightbookSimulator;

import static aero.hobbs.myflightbook.MyFlightbookSimulator.aFlight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import aero.hobbs.shared.OutboundHttp;
import aero.hobbs.shared.SecretBox;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The connection and the read-only client against {@link MyFlightbookSimulator}, with the
 * tokens in the real database (H2, or PostgreSQL when SPRING_DATASOURCE_URL names it).
 */
@SpringBootTest
class MyFlightbookClientIntegrationTests {

	static final URI CALLBACK = URI.create("https://hobbs.example/api/integrations/myflightbook/callback");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecretBox secrets;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OutboundHttp http;

	@Autowired
	JsonMapper json;

	@Autowired
	MyFlightbookProperties configuredProperties;

	final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T10:00:00Z"));

	MyFlightbookSimulator mfb;

	MyFlightbookConnection connection;

	MyFlightbookClient client;

	/** Calls spaced 1 ms apart: the default's way of paging, one page ahead. */
	MyFlightbookClient spacedClient;

	UserId pilot = UserId.random();

	@BeforeEach
	void aSimulatedMyFlightbook() {
		mfb = new MyFlightbookSimulator();
		MyFlightbookProperties properties = properties(mfb.baseUrl());
		connection = new MyFlightbookConnection(new MyFlightbookTokenRepository(jdbc, secrets, events),
				new MyFlightbookOAuth(http, json, properties), properties, clock);
		client = new MyFlightbookClient(http, json, connection, properties);
		spacedClient = new MyFlightbookClient(http, json, connection, properties(mfb.baseUrl(), Duration.ofMillis(1)));
	}

	@AfterEach
	void stopSimulator() {
		mfb.close();
		connection.disconnect(pilot);
	}

	static MyFlightbookProperties properties(URI baseUrl) {
		return properties(baseUrl, Duration.ZERO);
	}

	static MyFlightbookProperties properties(URI baseUrl, Duration callSpacing) {
		return new MyFlightbookProperties(MyFlightbookSimulator.CLIENT_ID, MyFlightbookSimulator.CLIENT_SECRET, baseUrl,
				callSpacing, Duration.ofSeconds(5), DataSize.ofMegabytes(5), Duration.ofSeconds(60), false);
	}

	@Test
	void bindsTheDefaultsOfApplicationProperties() {
		assertThat(configuredProperties.baseUrl()).isEqualTo(URI.create("https://myflightbook.com"));
		assertThat(configuredProperties.callSpacing()).isEqualTo(Duration.ofMillis(500));
		assertThat(configuredProperties.configured()).isFalse();
	}

	@Test
	void connectsThroughTheConsentRedirect() throws Exception {
		URI authorize = connection.authorizationUrl(CALLBACK, "state-123");
		assertThat(authorize.getPath()).isEqualTo("/logbook/mvc/oAuth/Authorize");
		assertThat(authorize.getRawQuery()).contains("response_type=code", "client_id=hobbs-test-client",
				"scope=currency%20totals%20readflight%20readaircraft%20visited%20namedqueries", "state=state-123",
				"redirect_uri=https%3A%2F%2Fhobbs.example%2Fapi%2Fintegrations%2Fmyflightbook%2Fcallback");

		HttpResponse<Void> consent;
		try (HttpClient browser = HttpClient.newHttpClient()) {
			consent = browser.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.discarding());
		}
		URI back = URI.create(consent.headers().firstValue("Location").orElseThrow());
		assertThat(back.getQuery()).endsWith("&state=state-123");
		String code = back.getQuery().substring("code=".length(), back.getQuery().indexOf('&'));

		MyFlightbookAccount account = connection.connect(pilot, code, CALLBACK);

		assertThat(account.scopes()).isEqualTo(MyFlightbookSimulator.READ_SCOPES);
		assertThat(account.connectedAt()).isEqualTo(clock.instant());
		assertThat(account.accessTokenExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));
		assertThat(account.renewable()).isTrue();
		assertThat(connection.find(pilot)).as("read back without opening the tokens").contains(account);
		assertThat(mfb.tokenRequests().getFirst()).containsEntry("grant_type", "authorization_code")
			.containsEntry("code", code)
			.containsEntry("redirect_uri", CALLBACK.toString())
			.containsEntry("client_id", MyFlightbookSimulator.CLIENT_ID)
			.containsEntry("client_secret", MyFlightbookSimulator.CLIENT_SECRET);
	}

	@Test
	void storesTheTokensSealed() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		client.aircraft(pilot);
		String accessToken = mfb.resourceCalls().getFirst().authorization().substring("Bearer ".length());

		Map<String, Object> row = jdbc
			.sql("SELECT access_token_sealed, refresh_token_sealed FROM myflightbook_token WHERE pilot_id = :pilot")
			.param("pilot", pilot.value())
			.query()
			.singleRow();

		String access = String.valueOf(row.get("access_token_sealed"));
		String refresh = String.valueOf(row.get("refresh_token_sealed"));
		assertThat(access).startsWith("v1.").doesNotContain(accessToken).doesNotContain("gAAAA");
		assertThat(refresh).startsWith("v1.").doesNotContain("3ZV");
		assertThat(secrets.open(access)).isEqualTo(accessToken);
		assertThat(mfb.issuedRefreshToken(secrets.open(refresh))).isTrue();
	}

	@Test
	void refusesAUsedCodeWithReconnect() {
		String code = mfb.issueCode();
		connection.connect(pilot, code, CALLBACK);

		assertThatThrownBy(() -> connection.connect(pilot, code, CALLBACK)).isInstanceOf(ReconnectRequired.class)
			.hasMessageEndingWith("Please reconnect MyFlightbook.");
	}

	@Test
	void callsTheResourceEndpointAsTheSpecSays() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);

		client.currency(pilot);

		MyFlightbookSimulator.Received call = mfb.resourceCalls().getFirst();
		assertThat(call.method()).isEqualTo("GetCurrencyForUser");
		assertThat(call.parameters()).containsEntry("json", "1");
		assertThat(call.authorization()).startsWith("Bearer gAAAA-");
		assertThat(call.acceptLanguage()).isEqualTo("en-US");
	}

	@Test
	void answersMyFlightbookJsonAsItCame() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);

		JsonNode aircraft = client.aircraft(pilot);
		JsonNode currency = client.currency(pilot);
		JsonNode totals = client.totals(pilot);
		JsonNode visited = client.visitedAirports(pilot);
		List<JsonNode> flights = new ArrayList<>();
		client.forEachFlightPage(pilot, flights::addAll);

		assertThat(aircraft).hasSize(3);
		assertThat(aircraft.get(1).get("TailNumber").asString()).isEqualTo("#(ANONYMOUS C-172 S)");
		assertThat(aircraft.get(2).get("InstanceType").asInt()).isEqualTo(3);
		// NotCurrent (0) is omitted, as every default is
		assertThat(currency.get(1).has("Status")).isFalse();
		assertThat(totals.get(2).has("NumericType")).isFalse();
		assertThat(visited.get(0).get("Code").asString()).isEqualTo("KBLI");
		assertThat(flights).extracting(flight -> flight.get("FlightID").asLong())
			.containsExactly(912345L, 911870L, 911002L);
		JsonNode first = flights.getFirst();
		assertThat(first.get("CrossCountry").decimalValue()).hasToString("1.8000");
		assertThat(first.get("PIC").decimalValue()).hasToString("1.80");
		assertThat(first.get("Date").asString()).isEqualTo("2026-05-03T00:00:00");
		assertThat(first.get("FlightStart").asString()).isEqualTo("2026-05-03T16:05:00Z");
		assertThat(first.has("SIC")).isFalse();
		assertThat(flights.get(2).get("TailNumDisplay").asString()).isEqualTo("SIMFRASCA142");
	}

	@Test
	void refreshesATokenCloseToExpiryBeforeTheCall() {
		mfb.accessTokenLifetime(Duration.ofSeconds(30));
		connection.connect(pilot, mfb.issueCode(), CALLBACK);

		client.aircraft(pilot);

		assertThat(mfb.tokenRequests()).extracting(form -> form.get("grant_type"))
			.containsExactly("authorization_code", "refresh_token");
		assertThat(mfb.resourceCalls()).hasSize(1);
	}

	@Test
	void usesATokenThatIsFarFromExpiryAsItIs() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		clock.advance(Duration.ofDays(13));

		client.aircraft(pilot);

		assertThat(mfb.tokenRequests()).hasSize(1);
	}

	@Test
	void refreshesWithTheNewestRefreshTokenEachTime() {
		mfb.accessTokenLifetime(Duration.ofSeconds(30));
		connection.connect(pilot, mfb.issueCode(), CALLBACK);

		client.aircraft(pilot);
		client.aircraft(pilot);

		List<Map<String, String>> requests = mfb.tokenRequests();
		assertThat(requests).hasSize(3);
		String first = requests.get(1).get("refresh_token");
		String second = requests.get(2).get("refresh_token");
		assertThat(second).isNotEqualTo(first);
		assertThat(mfb.issuedRefreshToken(second)).isTrue();
		assertThat(requests.get(1)).containsEntry("client_id", MyFlightbookSimulator.CLIENT_ID)
			.containsEntry("client_secret", MyFlightbookSimulator.CLIENT_SECRET);
	}

	@Test
	void refreshesOnceAfterA401AndRetries() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		mfb.expireAccessTokens();

		JsonNode currency = client.currency(pilot);

		assertThat(currency).hasSize(6);
		assertThat(mfb.resourceCalls()).hasSize(2);
		assertThat(mfb.resourceCalls().get(1).authorization()).isNotEqualTo(mfb.resourceCalls().get(0).authorization());
		assertThat(mfb.tokenRequests()).extracting(form -> form.get("grant_type"))
			.containsExactly("authorization_code", "refresh_token");
	}

	@Test
	void asksToReconnectWhenTheRetryIsRefusedToo() {
		connection.connect(pilot, mfb.issueCode("readflight readaircraft"), CALLBACK);

		assertThatThrownBy(() -> client.currency(pilot)).isInstanceOf(ReconnectRequired.class)
			.hasMessageContaining("Requested action requires scope \"currency\"");
		assertThat(mfb.resourceCalls()).hasSize(2);
	}

	@Test
	void asksToReconnectWhenTheRefreshIsAnInvalidGrant() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		mfb.expireAccessTokens().revokeAuthorization();

		assertThatThrownBy(() -> client.aircraft(pilot)).isInstanceOf(ReconnectRequired.class)
			.hasMessageContaining("invalid_grant");
		assertThat(mfb.resourceCalls()).hasSize(1);
	}

	@Test
	void asksToReconnectWithoutARefreshToken() {
		mfb.withoutRefreshTokens().accessTokenLifetime(Duration.ofSeconds(30));
		connection.connect(pilot, mfb.issueCode(), CALLBACK);

		assertThat(connection.find(pilot).orElseThrow().renewable()).isFalse();
		assertThatThrownBy(() -> client.aircraft(pilot)).isInstanceOf(ReconnectRequired.class)
			.hasMessageContaining("no refresh token");
		assertThat(mfb.resourceCalls()).isEmpty();
	}

	@Test
	void asksAPilotWhoIsNotConnectedToConnect() {
		assertThatThrownBy(() -> client.aircraft(pilot)).isInstanceOf(ReconnectRequired.class)
			.hasMessageContaining("not connected");
	}

	@Test
	void forgetsTheTokensOnDisconnect() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);

		assertThat(connection.disconnect(pilot)).isTrue();

		assertThat(connection.find(pilot)).isEmpty();
		assertThat(connection.disconnect(pilot)).isFalse();
	}

	@Test
	void reportsAServerErrorWithMyFlightbooksText() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		mfb.failNextCall(500, "Object reference not set to an instance of an object.");

		assertThatThrownBy(() -> client.totals(pilot)).isInstanceOf(UpstreamFailure.class)
			.isNotInstanceOf(ReconnectRequired.class)
			.hasMessage("MyFlightbook answered TotalsForUserWithQuery with HTTP 500:"
					+ " Object reference not set to an instance of an object.");
		assertThat(mfb.resourceCalls()).hasSize(1);
	}

	@Test
	void treatsA500AboutTheTokenAsRefused() {
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		mfb.failNextCall(500, "Missing access token.");

		assertThat(client.aircraft(pilot)).hasSize(3);
		assertThat(mfb.resourceCalls()).hasSize(2);
	}

	@Test
	void blocksWriteAndUnknownMethodsBeforeAnyRequest() {
		for (String method : List.of("CommitFlightWithOptions", "DeleteLogbookEntry", "AddAircraftForUser", "addFlight",
				"AddNamedQuery", "AircraftMatchingPrefix", "getcurrencyforuser", "TotalsForUser")) {
			assertThatThrownBy(() -> client.call(pilot, method, Map.of("idFlight", "912345")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("BLOCKED:");
		}

		assertThat(mfb.requestCount()).isZero();
		assertThat(mfb.writeAttempts()).isZero();
	}

	@Test
	void blocksWritesWhateverTheHost() {
		MyFlightbookProperties live = properties(URI.create("https://myflightbook.com"));
		MyFlightbookClient liveClient = new MyFlightbookClient(http, json,
				new MyFlightbookConnection(new MyFlightbookTokenRepository(jdbc, secrets, events),
						new MyFlightbookOAuth(http, json, live), live, clock),
				live);

		assertThatThrownBy(() -> liveClient.call(pilot, "DeleteLogbookEntry", Map.of("idFlight", "1")))
			.hasMessageStartingWith("BLOCKED:");
	}

	@Test
	void keepsTheTokensAnotherCallRefreshedFirst() {
		MyFlightbookTokenRepository repository = new MyFlightbookTokenRepository(jdbc, secrets, events);
		StoredTokens seen = repository.connect(pilot,
				new TokenGrant("access-0", "refresh-0", Duration.ofDays(14), "readflight"), clock.instant());
		clock.advance(Duration.ofSeconds(1));
		repository
			.refreshed(seen, new TokenGrant("access-1", "refresh-1", Duration.ofDays(14), "readflight"),
					clock.instant())
			.orElseThrow();

		assertThat(repository.refreshed(seen,
				new TokenGrant("access-2", "refresh-2", Duration.ofDays(14), "readflight"), clock.instant()))
			.isEmpty();
		assertThat(repository.find(pilot).orElseThrow().refreshToken()).isEqualTo("refresh-1");
	}

	@Test
	void keepsTheRefreshTokenWhenARefreshBringsNone() {
		MyFlightbookTokenRepository repository = new MyFlightbookTokenRepository(jdbc, secrets, events);
		StoredTokens seen = repository.connect(pilot,
				new TokenGrant("access-0", "refresh-0", Duration.ofDays(14), "readflight"), clock.instant());

		repository.refreshed(seen, new TokenGrant("access-1", null, Duration.ofDays(14), ""), clock.instant());

		StoredTokens stored = repository.find(pilot).orElseThrow();
		assertThat(stored.accessToken()).isEqualTo("access-1");
		assertThat(stored.refreshToken()).isEqualTo("refresh-0");
		assertThat(stored.scopes()).isEqualTo("readflight");
	}

	@Test
	void refusesToConnectWhenNoClientIsConfigured() {
		MyFlightbookProperties unset = new MyFlightbookProperties("", null, mfb.baseUrl(), Duration.ZERO,
				Duration.ofSeconds(5), DataSize.ofMegabytes(5), Duration.ofSeconds(60), false);
		MyFlightbookConnection unconfigured = new MyFlightbookConnection(
				new MyFlightbookTokenRepository(jdbc, secrets, events), new MyFlightbookOAuth(http, json, unset), unset,
				clock);

		assertThat(unconfigured.available()).isFalse();
		assertThatThrownBy(() -> unconfigured.authorizationUrl(CALLBACK, "s")).isInstanceOf(UpstreamFailure.class)
			.hasMessageContaining("MFB_CLIENT_ID");
		assertThat(mfb.requestCount()).isZero();
	}

	@Test
	void pagesFlightsNewestFirstFiftyAtATime() {
		mfb.manyFlights(120);
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		List<List<Long>> pages = new ArrayList<>();

		int count = spacedClient.forEachFlightPage(pilot,
				page -> pages.add(page.stream().map(flight -> flight.get("FlightID").asLong()).toList()));

		assertThat(count).isEqualTo(120);
		assertThat(pages).extracting(List::size).containsExactly(50, 50, 20);
		assertThat(pages.getFirst().getFirst()).isEqualTo(1120L);
		assertThat(pages.getLast().getLast()).isEqualTo(1001L);
		assertThat(mfb.resourceCalls()).extracting(call -> call.parameters().get("offset"))
			.containsExactly("0", "50", "100");
		assertThat(mfb.resourceCalls()).allSatisfy(
				call -> assertThat(call.parameters()).containsEntry("maxcount", "50").containsEntry("fq", "{}"));
	}

	@Test
	void asksOnceMoreAfterAFullLastPage() {
		mfb.manyFlights(100);
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		List<Integer> sizes = new ArrayList<>();

		spacedClient.forEachFlightPage(pilot, page -> sizes.add(page.size()));

		assertThat(sizes).containsExactly(50, 50);
		assertThat(mfb.resourceCalls()).hasSize(3);
		assertThat(mfb.flightsPagesAskedWhenAnswering(0)).isEqualTo(1);
	}

	/**
	 * Unspaced, the client asks for the next pages before the first has come, and still
	 * hands the pages over in order; what it asked for past the last page is dropped.
	 */
	@Test
	void keepsSeveralPagesInFlightWhenCallsAreNotSpaced() {
		mfb.manyFlights(120).holdFlightsPageUntilAsked(0, MyFlightbookClient.UNSPACED_PAGES_AHEAD);
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		List<List<Long>> pages = new ArrayList<>();

		int count = client.forEachFlightPage(pilot,
				page -> pages.add(page.stream().map(flight -> flight.get("FlightID").asLong()).toList()));

		assertThat(count).isEqualTo(120);
		assertThat(pages).extracting(List::size).containsExactly(50, 50, 20);
		assertThat(pages.getFirst().getFirst()).isEqualTo(1120L);
		assertThat(pages.getLast().getLast()).isEqualTo(1001L);
		assertThat(mfb.flightsPagesAskedWhenAnswering(0)).isEqualTo(MyFlightbookClient.UNSPACED_PAGES_AHEAD);
		assertThat(mfb.resourceCalls().subList(0, MyFlightbookClient.UNSPACED_PAGES_AHEAD))
			.extracting(call -> call.parameters().get("offset"))
			.containsExactlyInAnyOrder("0", "50", "100", "150");
	}

	/**
	 * A flight logged in MyFlightbook while Hobbs pages pushes every older flight one
	 * place down, so the last flight of page one comes again at the top of page two. The
	 * client hands it over only once; the new flight itself comes with the next sync.
	 */
	@Test
	void handsOverAFlightThatMovesBetweenPagesOnce() {
		mfb.manyFlights(60).afterFlightsPage(0, () -> mfb.addFlight(aFlight(5000, LocalDate.of(2026, 6, 1))));
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
		List<Long> ids = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();

		int count = spacedClient.forEachFlightPage(pilot, page -> {
			sizes.add(page.size());
			page.forEach(flight -> ids.add(flight.get("FlightID").asLong()));
		});

		assertThat(count).isEqualTo(60);
		assertThat(ids).doesNotHaveDuplicates().hasSize(60).doesNotContain(5000L);
		assertThat(sizes).containsExactly(50, 10);
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
