package aero.hobbs.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One try at delivering: the answer's status (null when none came), how long it took, the
 * start of the answer and why it failed when it did.
 */
public record Attempt(Instant attemptedAt, boolean manual, @Nullable Integer responseStatus, long latencyMs,
		@Nullable String responseExcerpt, @Nullable String error) {

	public boolean successful() {
		return responseStatus != null && responseStatus >= 200 && responseStatus < 300;
	}

}
