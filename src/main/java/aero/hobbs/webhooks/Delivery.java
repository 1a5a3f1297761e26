package aero.hobbs.webhooks;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event for one endpoint, with the outcome of its latest attempt. {@code attempts}
 * counts every attempt, manual ones too; {@code nextAttemptAt} is when the next automatic
 * one is due (null once delivered or failed). {@code responseExcerpt} is the start of the
 * answer (at most 1 KB); {@code error} why no answer came (a timeout, a refused address).
 */
public record Delivery(UUID id, UUID endpointId, String eventType, Status status, int attempts, int automaticAttempts,
		@Nullable Instant nextAttemptAt, @Nullable Instant lastAttemptAt, @Nullable Integer responseStatus,
		@Nullable Long latencyMs, @Nullable String responseExcerpt, @Nullable String error, Instant createdAt) {

	public enum Status {

		/** Waiting for its first attempt or a retry. */
		PENDING,
		/** A 2xx answer came. */
		DELIVERED,
		/**
		 * Every attempt failed and the retries ran out (or the endpoint was disabled).
		 */
		FAILED;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The {@code webhook-id} header: the same for every attempt, so a receiver can drop
	 * duplicates.
	 */
	public String messageId() {
		return messageId(id);
	}

	static String messageId(UUID id) {
		return "msg_" + id.toString().replace("-", "");
	}

}
