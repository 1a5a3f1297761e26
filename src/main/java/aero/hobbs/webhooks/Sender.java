package aero.hobbs.webhooks;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.OutboundFailure;
import aero.hobbs.shared.OutboundHttp;
import aero.hobbs.shared.OutboundResponse;
import aero.hobbs.shared.SecretBox;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes one attempt at a delivery: signs the frozen body for this moment, POSTs it
 * through {@link OutboundHttp} (so the URL is judged by the SSRF rules again at every
 * attempt), and records the outcome. A failed automatic attempt is scheduled again by the
 * {@link RetrySchedule}; an endpoint whose attempts have all failed for
 * {@code hobbs.webhooks.disable-after} is disabled with the reason, and its pending
 * deliveries are given up.
 */
@Component
class Sender {

	static final int EXCERPT_BYTES = 1024;

	private static final Logger log = LoggerFactory.getLogger(Sender.class);

	private final DeliveryRepository deliveries;

	private final EndpointRepository endpoints;

	private final SecretBox secrets;

	private final OutboundHttp outbound;

	private final WebhooksProperties properties;

	private final RetrySchedule schedule;

	private final TransactionTemplate transactions;

	Sender(DeliveryRepository deliveries, EndpointRepository endpoints, SecretBox secrets, OutboundHttp outbound,
			WebhooksProperties properties, TransactionTemplate transactions) {
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.secrets = secrets;
		this.outbound = outbound;
		this.properties = properties;
		this.schedule = new RetrySchedule(properties.retrySchedule());
		this.transactions = transactions;
	}

	/** Attempts the delivery now, whatever its status, and answers where it stands. */
	Delivery attempt(UUID deliveryId, Instant now, boolean manual) {
		Delivery delivery = deliveries.find(deliveryId).orElseThrow(() -> new NotFound("Delivery"));
		Endpoint endpoint = endpoints.find(delivery.endpointId()).orElseThrow(() -> new NotFound("Webhook endpoint"));
		if (!manual && !endpoint.enabled()) {
			deliveries.failPending(endpoint.id(), "The endpoint is disabled");
			return deliveries.find(deliveryId).orElseThrow();
		}
		Attempt attempt = send(delivery, endpoint, now, manual);
		transactions.executeWithoutResult(status -> record(delivery, endpoint, attempt, now));
		return deliveries.find(deliveryId).orElseThrow();
	}

	private Attempt send(Delivery delivery, Endpoint endpoint, Instant now, boolean manual) {
		String body = deliveries.body(delivery.id());
		String secret = secrets.open(endpoints.sealedSecret(endpoint.id()).orElseThrow());
		long timestamp = now.getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("webhook-id", delivery.messageId());
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature", SigningSecret.sign(secret, delivery.messageId(), timestamp, body));
		long start = System.nanoTime();
		try {
			OutboundResponse response = outbound.post(URI.create(endpoint.url()), headers, body, properties.timeout(),
					properties.maxResponseSize());
			return new Attempt(now, manual, response.status(), response.elapsed().toMillis(), excerpt(response.body()),
					response.successful() ? null : "The endpoint answered HTTP " + response.status());
		}
		catch (OutboundFailure failure) {
			log.info("Webhook delivery {} to endpoint {} failed: {}", delivery.messageId(), endpoint.id(),
					failure.getMessage());
			return new Attempt(now, manual, null, (System.nanoTime() - start) / 1_000_000, null, failure.getMessage());
		}
	}

	private void record(Delivery delivery, Endpoint endpoint, Attempt attempt, Instant now) {
		if (attempt.successful()) {
			deliveries.recorded(delivery.id(), attempt, Delivery.Status.DELIVERED, null);
			endpoints.succeeded(endpoint.id());
			return;
		}
		// a manual attempt leaves the automatic schedule as it was
		Optional<Instant> next = attempt.manual()
				? Optional.ofNullable(delivery.status() == Delivery.Status.PENDING ? delivery.nextAttemptAt() : null)
				: schedule.next(now, delivery.automaticAttempts() + 1);
		deliveries.recorded(delivery.id(), attempt, next.isPresent() ? Delivery.Status.PENDING : Delivery.Status.FAILED,
				next.orElse(null));
		endpoints.failing(endpoint.id(), now);
		Instant failingSince = endpoints.find(endpoint.id()).map(Endpoint::failingSince).orElse(now);
		if (failingSince != null && !failingSince.plus(properties.disableAfter()).isAfter(now)) {
			String reason = "disabled on " + day(now) + ": every delivery failed since " + day(failingSince)
					+ "; last error: " + attempt.error();
			if (endpoints.disable(endpoint.id(), reason, now)) {
				log.warn("Disabled webhook endpoint {}: every delivery failed since {}", endpoint.id(), failingSince);
				deliveries.failPending(endpoint.id(), "The endpoint was disabled");
			}
		}
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	/** The first KB of the answer as text; a character cut in half is dropped. */
	static @Nullable String excerpt(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		int length = Math.min(body.length, EXCERPT_BYTES);
		if (length < body.length) {
			// back up to the start of a UTF-8 sequence so no character is cut
			while (length > 0 && (body[length] & 0xC0) == 0x80) {
				length--;
			}
		}
		try {
			return decoder.decode(ByteBuffer.wrap(body, 0, length)).toString();
		}
		catch (java.nio.charset.CharacterCodingException e) {
			return null;
		}
	}

}
