package aero.hobbs.shared;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a peer answered, whatever the status: a 4xx or 5xx is a response too, and the
 * caller decides what it means. {@code body} is the whole body, never more than the cap
 * the call set (the array is not copied); {@code elapsed} runs from the start of the call
 * to the last byte.
 */
public record OutboundResponse(int status, @Nullable String contentType, byte[] body, Duration elapsed) {

	/** The body decoded as UTF-8, which JSON always is (RFC 8259). */
	public String text() {
		return new String(body, StandardCharsets.UTF_8);
	}

	/** Whether the status is 2xx. */
	public boolean successful() {
		return status >= 200 && status < 300;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof OutboundResponse that && status == that.status
				&& Objects.equals(contentType, that.contentType) && Arrays.equals(body, that.body)
				&& elapsed.equals(that.elapsed);
	}

	@Override
	public int hashCode() {
		return Objects.hash(status, contentType, Arrays.hashCode(body), elapsed);
	}

	/** Leaves the body out: an answer may carry tokens (an OAuth token response does). */
	@Override
	public String toString() {
		return "OutboundResponse[status=" + status + ", contentType=" + contentType + ", body=" + body.length
				+ " bytes, elapsed=" + elapsed + "]";
	}

}
