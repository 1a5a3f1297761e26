package aero.hobbs.webhooks.web;

import java.time.Instant;

import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.webhooks.Delivery;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of a {@code webhook_delivery}: the event, where it stands, and the
 * outcome of its latest attempt (status, latency, the first KB of the answer, or why none
 * came).
 */
record DeliveryResource(String webhookId, String eventType, String status, int attempts,
		@Nullable Integer responseStatus, @Nullable Long latencyMs, @Nullable String responseExcerpt,
		@Nullable String error, @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt, Instant createdAt) {

	static ApiResource<DeliveryResource> of(Delivery delivery) {
		return new ApiResource<>(delivery.id().toString(), "webhook_delivery",
				new DeliveryResource(delivery.messageId(), delivery.eventType(), delivery.status().wireName(),
						delivery.attempts(), delivery.responseStatus(), delivery.latencyMs(),
						delivery.responseExcerpt(), delivery.error(), delivery.lastAttemptAt(),
						delivery.nextAttemptAt(), delivery.createdAt()));
	}

}
