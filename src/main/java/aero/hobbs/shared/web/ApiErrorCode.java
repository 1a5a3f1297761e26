package aero.hobbs.shared.web;

import org.springframework.http.HttpStatus;

/**
 * Every {@code error.code} the API answers with; clients switch on these, so they never
 * change.
 */
public enum ApiErrorCode {

	VALIDATION_ERROR(HttpStatus.BAD_REQUEST), INVALID_JSON(HttpStatus.BAD_REQUEST),
	UNAUTHORIZED(HttpStatus.UNAUTHORIZED), FORBIDDEN(HttpStatus.FORBIDDEN), NOT_FOUND(HttpStatus.NOT_FOUND),
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED), CONFLICT(HttpStatus.CONFLICT),
	PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE), UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS), UPSTREAM_ERROR(HttpStatus.BAD_GATEWAY),
	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

	private final HttpStatus status;

	ApiErrorCode(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
