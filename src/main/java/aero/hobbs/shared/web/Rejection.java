package aero.hobbs.shared.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletResponse;

/** Writes a filter's refusal in its surface's error format. */
@FunctionalInterface
interface Rejection {

	void write(HttpServletResponse response, HttpStatus status, String message) throws IOException;

	/** The `/v1` and admin envelope. */
	static Rejection api(ApiErrorWriter errors) {
		return (response, status, message) -> errors.write(response,
				status == HttpStatus.TOO_MANY_REQUESTS ? ApiErrorCode.RATE_LIMITED : ApiErrorCode.PAYLOAD_TOO_LARGE,
				message);
	}

	/** The partner surface's {@code {"error": "..."}}. */
	static Rejection partner(PartnerErrorWriter errors) {
		return (response, status, message) -> errors.write(response, status.value(), message);
	}

}
