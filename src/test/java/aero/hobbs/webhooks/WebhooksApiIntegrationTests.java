package aero.hobbs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.Role;
import aero.hobbs.webhooks.WebhookReceiver.Received;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks through the API, with a receiver on loopback: endpoints and their secret,
 * signed deliveries of real events whose payload is what the API answers, retries,
 * disabling after days of failures, and manual redelivery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
class WebhooksApiIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	@Autowired
	Dispatcher dispatcher;

	ApiClient api;

	School school;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = fixtures.aSchool(api);
	}

	@Test
	void showsTheSigningSecretOnlyOnceAndRotatesIt() {
		Response created = add(Map.of("url", "https://hooks.example.com/hobbs", "description", "Our ERP", "events",
				List.of("flight_log.created", "member.added")));
		assertThat(created.status()).isEqualTo(201);
		JsonNode attributes = created.body().get("data").get("attributes");
		assertThat(attributes.get("secret").asString()).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(attributes.get("secret").asString().substring(6))).hasSize(24);
		assertThat(attributes.get("enabled").asBoolean()).isTrue();
		assertThat(attributes.get("events").values()).extracting(JsonNode::asString)
			.containsExactly("flight_log.created", "member.added");

		String path = webhooks() + "/" + created.body().get("data").get("id").asString();
		Response read = api.get(path, school.admin().key());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("data").get("attributes").has("secret")).isFalse();
		assertThat(read.raw().body()).doesNotContain(attributes.get("secret").asString());
		assertThat(api.get(webhooks(), school.owner().key()).body().get("data")).hasSize(1);

		Response rotated = api.send("POST", path + "/rotate-secret", school.owner().key(), Map.of());
		assertThat(rotated.status()).isEqualTo(200);
		assertThat(rotated.body().get("data").get("attributes").get("secret").asString()).startsWith("whsec_")
			.isNotEqualTo(attributes.get("secret").asString());
	}

	@Test
	void rejectsBadInputNamingTheField() {
		assertThat(field(add(Map.of("url", "not a url", "events", List.of("member.added"))))).isEqualTo("url");
		assertThat(field(add(Map.of("url", "ftp://hooks.example.com/", "events", List.of("member.added")))))
			.isEqualTo("url");
		assertThat(field(add(Map.of("url", "https://hooks.example.com/", "events", List.of())))).isEqualTo("events");
		Response unknown = add(Map.of("url", "https://hooks.example.com/", "events", List.of("flight.landed")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("error").get("code").asString()).isEqualTo("validation_error");
		assertThat(field(unknown)).isEqualTo("events");
		assertThat(unknown.body().get("error").get("details").get("issue").asString()).contains("flight.landed")
			.contains("aircraft.status_changed");
		assertThat(field(add(Map.of("url", "https://hooks.example.com/", "events", List.of("webhook.test")))))
			.isEqualTo("events");
		assertThat(api.get(webhooks(), school.owner().key()).body().get("data")).isEmpty();
	}

	@Test
	void deliversAnEventSignedWithThePayloadTheApiAnswers() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String secret = endpoint(receiver, "member.added").secret();

			Pilot joined = fixtures.join(api, school.id(), school.owner(), Role.INSTRUCTOR);

			// the school's own members joined just before the endpoint was added; their
			// events may still be on
			// their way (after-commit listeners run asynchronously) and reach it first
			Received request = nextAbout(receiver, joined.id());
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.header("content-type")).startsWith("application/json");
			assertThat(request.header("webhook-id")).startsWith("msg_");
			long timestamp = Long.parseLong(request.header("webhook-timestamp"));
			assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
			assertThat(request.header("webhook-signature"))
				.isEqualTo("v1," + hmac(secret, request.header("webhook-id") + "." + timestamp + "." + request.body()));

			JsonNode payload = json.readTree(request.body());
			assertThat(payload.get("type").asString()).isEqualTo("member.added");
			assertThat(Instant.parse(payload.get("timestamp").asString())).isBefore(Instant.now().plusSeconds(1));
			JsonNode resource = api.get(school.path() + "/members/" + joined.id(), school.owner().key())
				.body()
				.get("data");
			assertThat(payload.get("data")).isEqualTo(resource);

			StandardWebhooksVerifier.Outcome verified = StandardWebhooksVerifier.verify(secret,
					Map.of("webhook-id", request.header("webhook-id"), "webhook-timestamp",
							request.header("webhook-timestamp"), "webhook-signature",
							request.header("webhook-signature")),
					request.body());
			assertThat(verified.exitCode()).as(verified.output()).isZero();
			assertThat(json.readTree(verified.output()).get("data")).isEqualTo(resource);

			StandardWebhooksVerifier.Outcome tampered = StandardWebhooksVerifier.verify(secret,
					Map.of("webhook-id", request.header("webhook-id"), "webhook-timestamp",
							request.header("webhook-timestamp"), "webhook-signature",
							request.header("webhook-signature")),
					request.body().replace("instructor", "owner"));
			assertThat(tampered.exitCode()).isEqualTo(1);
		}
	}

	@Test
	void deliversAFlightLoggedThroughTheApiAsTheApiShowsIt() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String secret = endpoint(receiver, "flight_log.created", "flight_log.updated").secret();
			Response aircraft = api.send("POST", school.path() + "/aircraft", school.admin().key(),
					Map.of("registration", "D-EFLY", "type_code", "C172", "hourly_rate", "180.00"));
			Map<String, Object> lesson = new java.util.HashMap<>();
			lesson.put("aircraft_id", aircraft.body().get("data").get("id").asString());
			lesson.put("instructor_id", school.instructor().id());
			lesson.put("flight_date", "2026-11-20");
			lesson.put("departure_airport", "CYTZ");
			lesson.put("arrival_airport", "CYOO");
			lesson.put("departure_time", "09:00");
			lesson.put("arrival_time", "10:30");
			lesson.put("dual_received_minutes", 90);
			Response logged = api.send("POST", school.path() + "/flight-logs", school.student().key(), lesson);
			assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
			String flight = school.path() + "/flight-logs/" + logged.body().get("data").get("id").asString();

			Received created = receiver.next(WAIT);
			JsonNode payload = json.readTree(created.body());
			assertThat(payload.get("type").asString()).isEqualTo("flight_log.created");
			assertThat(payload.get("data")).isEqualTo(api.get(flight, school.admin().key()).body().get("data"));
			StandardWebhooksVerifier.Outcome verified = StandardWebhooksVerifier.verify(secret,
					Map.of("webhook-id", created.header("webhook-id"), "webhook-timestamp",
							created.header("webhook-timestamp"), "webhook-signature",
							created.header("webhook-signature")),
					created.body());
			assertThat(verified.exitCode()).as(verified.output()).isZero();

			api.send("PATCH", flight, school.student().key(), Map.of("remarks", "Steep turns"));
			JsonNode updated = json.readTree(receiver.next(WAIT).body());
			assertThat(updated.get("type").asString()).isEqualTo("flight_log.updated");
			assertThat(updated.get("data")).isEqualTo(api.get(flight, school.admin().key()).body().get("data"));
			assertThat(updated.get("data").get("attributes").get("remarks").asString()).isEqualTo("Steep turns");
		}
	}

	@Test
	void deliversADraftedInvoiceAsTheApiShowsIt() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			endpoint(receiver, "invoice.created");
			Response drafted = api.send("POST", school.path() + "/invoices", school.admin().key(),
					Map.of("member_id", school.student().id()));
			assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);

			JsonNode payload = json.readTree(receiver.next(WAIT).body());
			assertThat(payload.get("type").asString()).isEqualTo("invoice.created");
			assertThat(payload.get("data").get("id").asString())
				.isEqualTo(drafted.body().get("data").get("id").asString());
			assertThat(payload.get("data").get("type").asString()).isEqualTo("invoice");
			assertThat(payload.get("data").get("attributes").get("member_id").asString())
				.isEqualTo(school.student().id());
			assertThat(payload.get("data"))
				.isEqualTo(api.get(school.path() + "/invoices/" + drafted.body().get("data").get("id").asString(),
						school.admin().key())
					.body()
					.get("data"));
		}
	}

	@Test
	void deliversAnAircraftStatusChangeAsTheApiShowsTheAircraft() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			endpoint(receiver, "aircraft.status_changed");
			Response added = api.send("POST", school.path() + "/aircraft", school.admin().key(),
					Map.of("registration", "D-EHOK", "type_code", "C172"));
			assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
			String aircraft = school.path() + "/aircraft/" + added.body().get("data").get("id").asString();

			api.send("POST", aircraft + "/status", school.instructor().key(),
					Map.of("status", "maintenance", "note", "100-hour check"));

			JsonNode payload = json.readTree(receiver.next(WAIT).body());
			assertThat(payload.get("type").asString()).isEqualTo("aircraft.status_changed");
			assertThat(payload.get("data")).isEqualTo(api.get(aircraft, school.member().key()).body().get("data"));
			assertThat(payload.get("data").get("attributes").get("status").asString()).isEqualTo("maintenance");
		}
	}

	@Test
	void onlyEnabledEndpointsSubscribedToTheEventGetIt() throws Exception {
		try (WebhookReceiver added = new WebhookReceiver();
				WebhookReceiver removed = new WebhookReceiver();
				WebhookReceiver off = new WebhookReceiver()) {
			endpoint(added, "member.added");
			endpoint(removed, "member.removed");
			Created disabled = endpoint(off, "member.added", "member.removed");
			api.send("PATCH", webhooks() + "/" + disabled.id(), school.owner().key(), Map.of("enabled", false));

			api.send("DELETE", school.path() + "/members/" + school.student().id(), school.owner().key(), null);

			JsonNode payload = json.readTree(removed.next(WAIT).body());
			assertThat(payload.get("type").asString()).isEqualTo("member.removed");
			assertThat(payload.get("data").get("id").asString()).isEqualTo(school.student().id());
			assertThat(payload.get("data").get("type").asString()).isEqualTo("member");
			Thread.sleep(500);
			assertThat(added.all()).isEmpty();
			assertThat(off.all()).isEmpty();
		}
	}

	@Test
	void retriesAfterErrorsAndTimeoutsUntilTheReceiverAnswers() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			receiver.answer(500).answer(200, Duration.ofSeconds(3), "too late");
			Created endpoint = endpoint(receiver, "member.added");
			fixtures.join(api, school.id(), school.owner(), Role.MEMBER);

			Received first = receiver.next(WAIT);
			JsonNode delivery = awaitAttempts(endpoint, 1);
			assertThat(delivery.get("status").asString()).isEqualTo("pending");
			assertThat(delivery.get("response_status").asInt()).isEqualTo(500);
			assertThat(delivery.get("response_excerpt").asString()).isEqualTo("status 500");
			Instant firstAttempt = Instant.parse(delivery.get("last_attempt_at").asString());
			Instant retry = Instant.parse(delivery.get("next_attempt_at").asString());
			assertThat(Duration.between(firstAttempt, retry)).isEqualTo(Duration.ofSeconds(5));

			UUID id = UUID.fromString(deliveryId(endpoint));
			assertThat(dispatcher.deliver(List.of(id), retry.minusSeconds(1))).as("not due yet").isZero();
			assertThat(dispatcher.deliver(List.of(id), retry)).isEqualTo(1);
			delivery = awaitAttempts(endpoint, 2);
			assertThat(delivery.get("status").asString()).isEqualTo("pending");
			assertThat(delivery.get("response_status").isNull()).isTrue();
			assertThat(delivery.get("error").asString()).contains("did not answer within 2 seconds");
			assertThat(delivery.get("latency_ms").asLong()).isBetween(1900L, 2900L);
			Instant third = Instant.parse(delivery.get("next_attempt_at").asString());
			assertThat(Duration.between(retry, third)).isEqualTo(Duration.ofMinutes(5));

			assertThat(dispatcher.deliver(List.of(id), third)).isEqualTo(1);
			delivery = awaitAttempts(endpoint, 3);
			assertThat(delivery.get("status").asString()).isEqualTo("delivered");
			assertThat(delivery.get("response_status").asInt()).isEqualTo(200);
			assertThat(delivery.get("next_attempt_at").isNull()).isTrue();
			List<Received> requests = receiver.all();
			assertThat(requests).hasSize(3);
			assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly(first.header("webhook-id"));
			assertThat(requests).extracting(Received::body).containsOnly(first.body());
		}
	}

	@Test
	void givesUpWhenTheScheduleRunsOutAndDisablesAnEndpointFailingForDays() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			for (int i = 0; i < 20; i++) {
				receiver.answer(503);
			}
			Created endpoint = endpoint(receiver, "member.added");
			fixtures.join(api, school.id(), school.owner(), Role.MEMBER);
			JsonNode delivery = awaitAttempts(endpoint, 1);
			UUID id = UUID.fromString(deliveryId(endpoint));
			Instant start = Instant.parse(delivery.get("last_attempt_at").asString());
			Instant at = start;
			List<Duration> waits = new WebhooksProperties(null,
					List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
							Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(14)),
					null, null, null, 1)
				.retrySchedule();
			for (Duration wait : waits) {
				at = at.plus(wait);
				assertThat(dispatcher.deliver(List.of(id), at)).isEqualTo(1);
			}
			delivery = awaitAttempts(endpoint, 9);
			assertThat(delivery.get("status").asString()).isEqualTo("failed");
			assertThat(delivery.get("next_attempt_at").isNull()).isTrue();
			assertThat(Duration.between(start, at)).isGreaterThan(Duration.ofHours(24));
			assertThat(endpointAttributes(endpoint).get("enabled").asBoolean()).as("failing for 41 hours").isTrue();

			// days later, another event fails too: the endpoint has failed for five days
			fixtures.join(api, school.id(), school.owner(), Role.STUDENT);
			JsonNode second = awaitDeliveries(endpoint, 2).get(0);
			UUID secondId = UUID.fromString(second.get("id").asString());
			awaitAttempts(endpoint, secondId, 1);
			Instant fiveDaysOn = start.plus(Duration.ofDays(5));
			assertThat(dispatcher.deliver(List.of(secondId), fiveDaysOn)).isEqualTo(1);

			JsonNode disabled = endpointAttributes(endpoint);
			assertThat(disabled.get("enabled").asBoolean()).isFalse();
			assertThat(disabled.get("disabled_reason").asString())
				.startsWith("disabled on " + fiveDaysOn.toString().substring(0, 10))
				.contains("every delivery failed since " + start.toString().substring(0, 10))
				.contains("last error: The endpoint answered HTTP 503");

			Response enabled = api.send("PATCH", webhooks() + "/" + endpoint.id(), school.owner().key(),
					Map.of("enabled", true));
			assertThat(enabled.status()).isEqualTo(200);
			assertThat(enabled.body().get("data").get("attributes").get("disabled_reason").isNull()).isTrue();
			assertThat(enabled.body().get("data").get("attributes").get("enabled").asBoolean()).isTrue();
		}
	}

	@Test
	void redeliversWithTheSameIdAndBody() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			Created endpoint = endpoint(receiver, "member.added");
			fixtures.join(api, school.id(), school.owner(), Role.MEMBER);
			Received first = receiver.next(WAIT);
			awaitAttempts(endpoint, 1);
			receiver.answer(202, Duration.ZERO, "accepted again");

			Response redelivered = api.send("POST",
					webhooks() + "/" + endpoint.id() + "/deliveries/" + deliveryId(endpoint) + "/redeliver",
					school.admin().key(), Map.of());

			assertThat(redelivered.status()).isEqualTo(200);
			JsonNode attributes = redelivered.body().get("data").get("attributes");
			assertThat(attributes.get("attempts").asInt()).isEqualTo(2);
			assertThat(attributes.get("status").asString()).isEqualTo("delivered");
			assertThat(attributes.get("response_status").asInt()).isEqualTo(202);
			assertThat(attributes.get("response_excerpt").asString()).isEqualTo("accepted again");
			Received again = receiver.next(WAIT);
			assertThat(again.header("webhook-id")).isEqualTo(first.header("webhook-id"));
			assertThat(again.body()).isEqualTo(first.body());
		}
	}

	@Test
	void sendsATestPing() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			Created endpoint = endpoint(receiver, "invoice.paid");
			Response ping = api.send("POST", webhooks() + "/" + endpoint.id() + "/test", school.owner().key(),
					Map.of());
			assertThat(ping.status()).isEqualTo(201);
			assertThat(ping.body().get("data").get("attributes").get("status").asString()).isEqualTo("delivered");
			assertThat(ping.body().get("data").get("attributes").get("event_type").asString())
				.isEqualTo("webhook.test");
			JsonNode payload = json.readTree(receiver.next(WAIT).body());
			assertThat(payload.get("type").asString()).isEqualTo("webhook.test");
			assertThat(payload.get("data").get("id").asString()).isEqualTo(endpoint.id());
		}
	}

	record Created(String id, String secret) {
	}

	/** The next delivery whose resource has this id, passing over the others. */
	private Received nextAbout(WebhookReceiver receiver, String id) throws InterruptedException {
		Instant deadline = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(deadline)) {
			Received received = receiver.next(Duration.between(Instant.now(), deadline));
			if (json.readTree(received.body()).get("data").get("id").asString().equals(id)) {
				return received;
			}
		}
		throw new AssertionError("No delivery about " + id + " within " + WAIT);
	}

	private Created endpoint(WebhookReceiver receiver, String... events) {
		Response created = add(Map.of("url", receiver.url(), "events", List.of(events)));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		JsonNode data = created.body().get("data");
		return new Created(data.get("id").asString(), data.get("attributes").get("secret").asString());
	}

	private Response add(Map<String, ?> body) {
		return api.send("POST", webhooks(), school.owner().key(), body);
	}

	private String webhooks() {
		return school.path() + "/webhooks";
	}

	private JsonNode endpointAttributes(Created endpoint) {
		return api.get(webhooks() + "/" + endpoint.id(), school.owner().key()).body().get("data").get("attributes");
	}

	private String deliveryId(Created endpoint) {
		return awaitDeliveries(endpoint, 1).get(0).get("id").asString();
	}

	/** The endpoint's deliveries, newest first, once it has at least {@code count}. */
	private JsonNode awaitDeliveries(Created endpoint, int count) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			JsonNode data = api.get(webhooks() + "/" + endpoint.id() + "/deliveries", school.owner().key())
				.body()
				.get("data");
			if (data.size() >= count) {
				return data;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Fewer than " + count + " deliveries: " + data);
			}
			pause();
		}
	}

	/**
	 * The attributes of the endpoint's only (or newest) delivery once it has the
	 * attempts.
	 */
	private JsonNode awaitAttempts(Created endpoint, int attempts) {
		return awaitAttempts(endpoint, UUID.fromString(deliveryId(endpoint)), attempts);
	}

	private JsonNode awaitAttempts(Created endpoint, UUID delivery, int attempts) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			for (JsonNode found : awaitDeliveries(endpoint, 1)) {
				if (found.get("id").asString().equals(delivery.toString())
						&& found.get("attributes").get("attempts").asInt() >= attempts) {
					return found.get("attributes");
				}
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Delivery " + delivery + " has fewer than " + attempts + " attempts");
			}
			pause();
		}
	}

	private static String field(Response response) {
		assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
		return response.body().get("error").get("details").get("field").asString();
	}

	/** The signature as the Standard Webhooks specification defines it, computed here. */
	private static String hmac(String secret, String signed) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
