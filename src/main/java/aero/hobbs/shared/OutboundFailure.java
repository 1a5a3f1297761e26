package aero.hobbs.shared;

import org.jspecify.annotations.Nullable;

/**
 * An outbound call that produced no response: the URL or its address is not one Hobbs
 * calls, or the peer could not be reached, was too slow or answered too much. The message
 * names the cause in words an end user can act on ("partner.example did not answer within
 * 12 seconds"); it never contains tokens, request bodies or query strings.
 */
public class OutboundFailure extends RuntimeException {

	/**
	 * Why a call failed, for callers that react differently (e.g. retry on a timeout).
	 */
	public enum Kind {

		/** The deadline passed before the whole answer arrived. */
		TIMEOUT,

		/** The answer was larger than the caller's cap; reading stopped there. */
		TOO_LARGE,

		/**
		 * The host resolves to an internal address and private networks are not allowed.
		 */
		REFUSED_ADDRESS,

		/** The URL is not an absolute http(s) URL with a host; nothing was sent. */
		BAD_URL,

		/** The host was not found, refused the connection, or the connection broke. */
		CONNECTION

	}

	private final Kind kind;

	public OutboundFailure(Kind kind, String message) {
		this(kind, message, null);
	}

	OutboundFailure(Kind kind, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

}
