package aero.hobbs.myflightbook;

import aero.hobbs.myflightbook.client.MyFlightbookConnection;

import aero.hobbs.myflightbook.mapping.TotalsMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.SignedInUser;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Connecting MyFlightbook from the pages against {@link MyFlightbookSimulator}: the
 * consent redirect, the state check on the callback, the code exchange, disconnecting,
 * and the logbook page's card. Lives next to the simulator, which is package-private.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MyFlightbookPagesIntegrationTests {

	static final MyFlightbookSimulator mfb = new MyFlightbookSimulator();

	static final String CALLBACK = "http://localhost/api/integrations/myflightbook/callback";

	@DynamicPropertySource
	static void simulatedMyFlightbook(DynamicPropertyRegistry registry) {
		registry.add("hobbs.myflightbook.client-id", () -> MyFlightbookSimulator.CLIENT_ID);
		registry.add("hobbs.myflightbook.client-secret", () -> MyFlightbookSimulator.CLIENT_SECRET);
		registry.add("hobbs.myflightbook.base-url", () -> mfb.baseUrl().toString());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MyFlightbookConnection connection;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MyFlightbookSync sync;

	@Autowired
	TotalsSnapshots snapshots;

	final SignedInUser pilot = new SignedInUser(UserId.random(), "mfb@example.com", "Pat", null, null);

	/** Spring Session's cookie: the pilot's browser session, where the state is kept. */
	@Nullable Cookie session;

	@AfterEach
	void forgetThePilot() {
		connection.disconnect(pilot.id());
	}

	@AfterAll
	static void stopSimulator() {
		mfb.close();
	}

	@Test
	void sendsThePilotToTheConsentPageWithTheReadOnlyScopesAndAState() throws Exception {
		URI consent = authorize();

		assertThat(consent.toString()).startsWith(mfb.baseUrl() + "/logbook/mvc/oAuth/Authorize?");
		Map<String, String> query = query(consent);
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", MyFlightbookSimulator.CLIENT_ID)
			.containsEntry("redirect_uri", CALLBACK)
			.containsEntry("scope", "currency totals readflight readaircraft visited namedqueries");
		// 256 random bits, URL-safe base64
		assertThat(query.get("state")).matches("[A-Za-z0-9_-]{43}");
		assertThat(session).isNotNull();
	}

	@Test
	void connectsWhenMyFlightbookReturnsTheState() throws Exception {
		URI back = consent(authorize());

		mvc.perform(get(back).with(user(pilot)).with(browserSession()))
			.andExpect(redirectedUrl("/logbook"))
			.andExpect(flash().attribute("notice", containsString("MyFlightbook is connected")));

		assertThat(connection.find(pilot.id()))
			.hasValueSatisfying(account -> assertThat(account.scopes()).isEqualTo(MyFlightbookSimulator.READ_SCOPES));
		assertThat(mfb.tokenRequests().getLast()).containsEntry("redirect_uri", CALLBACK)
			.containsEntry("code", query(back).get("code"));
		assertThat(events.stream(MyFlightbookConnected.class)).containsExactly(new MyFlightbookConnected(pilot.id()));
		assertThat(sync.latest(pilot.id())).as("the first sync starts on connect")
			.hasValueSatisfying(job -> assertThat(job.active()).isTrue());
	}

	@Test
	void theCardPollsWhileAnImportRunsAndOffersSyncNowAfterwards() throws Exception {
		connection.connect(pilot.id(), mfb.issueCode(), URI.create(CALLBACK));

		mvc.perform(get("/integrations/myflightbook/card").with(user(pilot)))
			.andExpect(content().string(allOf(containsString("hx-trigger=\"every 2s\""),
					containsString("Importing from MyFlightbook"), not(containsString("id=\"mfb-sync-now\"")))));
		mvc.perform(post("/integrations/myflightbook/sync").with(user(pilot)).with(csrf()))
			.andExpect(redirectedUrl("/logbook"))
			.andExpect(flash().attribute("notice", containsString("MyFlightbook import")));
		assertThat(sync.latest(pilot.id())).hasValueSatisfying(job -> assertThat(job.active()).isTrue());
	}

	@Test
	void refusesAWrongStateAndUsesAStateOnce() throws Exception {
		URI back = consent(authorize());
		String forged = back.toString().replace("state=", "state=x");

		mvc.perform(get(URI.create(forged)).with(user(pilot)).with(browserSession()))
			.andExpect(redirectedUrl("/logbook"))
			.andExpect(flash().attribute("problem", "The MyFlightbook sign-in could not be verified; start again."));
		mvc.perform(get(back).with(user(pilot)).with(browserSession()))
			.andExpect(flash().attribute("problem", "The MyFlightbook sign-in could not be verified; start again."));

		assertThat(connection.find(pilot.id())).isEmpty();
		assertThat(events.stream(MyFlightbookConnected.class)).isEmpty();
	}

	@Test
	void refusesTheRightStateInAnotherBrowserSession() throws Exception {
		URI back = consent(authorize());

		mvc.perform(get(back).with(user(pilot)))
			.andExpect(flash().attribute("problem", containsString("could not be verified")));

		assertThat(connection.find(pilot.id())).isEmpty();
	}

	@Test
	void refusesACallbackWithoutAStartedFlow() throws Exception {
		mvc.perform(get("/api/integrations/myflightbook/callback").param("code", mfb.issueCode())
			.param("state", "anything")
			.with(user(pilot))).andExpect(flash().attribute("problem", containsString("could not be verified")));

		assertThat(connection.find(pilot.id())).isEmpty();
	}

	@Test
	void refusesAnotherPilotsFlow() throws Exception {
		URI back = consent(authorize());
		SignedInUser other = new SignedInUser(UserId.random(), "other@example.com", "Other", null, null);

		mvc.perform(get(back).with(user(other)).with(browserSession()))
			.andExpect(flash().attribute("problem", containsString("could not be verified")));

		assertThat(connection.find(other.id())).isEmpty();
	}

	@Test
	void reportsThatThePilotDeclined() throws Exception {
		String state = query(authorize()).get("state");

		mvc.perform(get("/api/integrations/myflightbook/callback").param("error", "access_denied")
			.param("state", state)
			.with(user(pilot))
			.with(browserSession()))
			.andExpect(redirectedUrl("/logbook"))
			.andExpect(flash().attribute("problem", "MyFlightbook was not connected: access_denied"));
		mvc.perform(get("/api/integrations/myflightbook/callback").param("error", "User did not authorize you")
			.with(user(pilot)))
			.andExpect(flash().attribute("problem", "MyFlightbook was not connected: User did not authorize you"));

		assertThat(connection.find(pilot.id())).isEmpty();
	}

	@Test
	void showsMyFlightbooksRefusalOfTheCode() throws Exception {
		URI back = consent(authorize());
		String used = back.toString().replaceFirst("code=[^&]+", "code=used-or-forged");

		mvc.perform(get(URI.create(used)).with(user(pilot)).with(browserSession()))
			.andExpect(redirectedUrl("/logbook"))
			.andExpect(flash().attribute("problem", containsString("Please reconnect MyFlightbook.")));

		assertThat(connection.find(pilot.id())).isEmpty();
	}

	@Test
	void disconnectsOnlyWithTheCsrfToken() throws Exception {
		connection.connect(pilot.id(), mfb.issueCode(), URI.create(CALLBACK));

		mvc.perform(post("/api/integrations/myflightbook/disconnect").with(user(pilot)))
			.andExpect(status().isForbidden());
		assertThat(connection.find(pilot.id())).isPresent();

		mvc.perform(post("/api/integrations/myflightbook/disconnect").with(csrf()).with(user(pilot)))
			.andExpect(redirectedUrl("/logbook"))
			.andExpect(flash().attribute("notice", containsString("MyFlightbook is disconnected")));
		assertThat(connection.find(pilot.id())).isEmpty();
	}

	@Test
	void theCardOffersToConnect() throws Exception {
		mvc.perform(get("/integrations/myflightbook/card").with(user(pilot)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-state=\"not-connected\""),
					containsString("href=\"/api/integrations/myflightbook/authorize\""),
					containsString("Connect MyFlightbook"), containsString("only reads"),
					not(containsString("<html")))));
	}

	@Test
	void theCardShowsTheConnectionAndDisconnects() throws Exception {
		connection.connect(pilot.id(), mfb.issueCode(), URI.create(CALLBACK));

		mvc.perform(get("/integrations/myflightbook/card").with(user(pilot)))
			.andExpect(content().string(allOf(containsString("data-state=\"connected\""),
					containsString("Connected since"), containsString(MyFlightbookSimulator.READ_SCOPES),
					containsString("action=\"/api/integrations/myflightbook/disconnect\""),
					containsString("name=\"_csrf\""), not(containsString("Reconnect MyFlightbook")))));
	}

	@Test
	void theCardAsksToReconnectWhenTheTokenExpiredWithoutARefreshToken() throws Exception {
		mfb.withoutRefreshTokens().accessTokenLifetime(Duration.ZERO);
		try {
			connection.connect(pilot.id(), mfb.issueCode(), URI.create(CALLBACK));
		}
		finally {
			mfb.reset();
		}

		mvc.perform(get("/integrations/myflightbook/card").with(user(pilot)))
			.andExpect(content().string(allOf(containsString("data-state=\"reconnect\""),
					containsString("Reconnect MyFlightbook"), containsString("Disconnect"))));
	}

	@Test
	void showsMyFlightbooksTotalsBesideThisLogbooksOnceAnImportStoredThem() throws Exception {
		mvc.perform(get("/integrations/myflightbook/totals").with(user(pilot)))
			.andExpect(content().string(not(containsString("mfb-totals-compare"))));

		snapshots.replace(pilot.id(),
				List.of(new TotalsMapping.SnapshotTotal(TotalsMapping.Dimension.FLIGHT_TIME, "Total Flight Time", "",
						TotalsMapping.Unit.MINUTES, new java.math.BigDecimal("7505")),
						new TotalsMapping.SnapshotTotal(TotalsMapping.Dimension.OTHER, "Fuel burned", "",
								TotalsMapping.Unit.DECIMAL, new java.math.BigDecimal("12.50"))),
				java.time.Instant.now());

		mvc.perform(get("/integrations/myflightbook/totals").with(user(pilot)))
			.andExpect(content().string(allOf(containsString("Total Flight Time"), containsString("125:05"),
					containsString("Fuel burned"), containsString("12.5"), containsString("id=\"hobbs-totals\""),
					containsString("Last 12 months"))));
	}

	@Test
	void theLogbookPageLoadsTheCard() throws Exception {
		mvc.perform(get("/logbook").with(user(pilot)))
			.andExpect(content().string(containsString("hx-get=\"/integrations/myflightbook/card\"")));
	}

	private URI authorize() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/api/integrations/myflightbook/authorize").with(user(pilot)).with(browserSession()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse();
		if (response.getCookie("SESSION") != null) {
			session = response.getCookie("SESSION");
		}
		return URI.create(response.getRedirectedUrl());
	}

	private RequestPostProcessor browserSession() {
		return request -> {
			if (session != null) {
				request.setCookies(session);
			}
			return request;
		};
	}

	/** What the pilot's browser does at MyFlightbook: consent, and the redirect back. */
	private static URI consent(URI authorize) throws Exception {
		try (HttpClient browser = HttpClient.newHttpClient()) {
			HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(authorize).build(),
					HttpResponse.BodyHandlers.discarding());
			return URI.create(answer.headers().firstValue("Location").orElseThrow());
		}
	}

	private static Map<String, String> query(URI uri) {
		return Arrays.stream(uri.getRawQuery().split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
