package aero.hobbs.shared.web;

import java.util.Map;
import java.util.stream.Collectors;

import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where partner-surface controllers' exceptions become HTTP answers, as
 * {@code {"error": "..."}} (seed 000). It precedes the `/v1` advice, which would
 * otherwise answer for these controllers too.
 */
@RestControllerAdvice(annotations = PartnerApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(PartnerErrorAdvice.class);

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalid(InvalidInput e) {
		return answer(HttpStatus.BAD_REQUEST,
				e.issues()
					.stream()
					.map(issue -> issue.field() + ": " + issue.issue())
					.collect(Collectors.joining("; ")));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notFound(NotFound e) {
		return answer(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> conflict(Conflict e) {
		return answer(HttpStatus.CONFLICT, e.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> forbidden(Forbidden e) {
		return answer(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> payloadTooLarge(PayloadTooLarge e) {
		return answer(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof PayloadTooLarge tooLarge) {
			return payloadTooLarge(tooLarge);
		}
		return answer(HttpStatus.BAD_REQUEST, "The request body must be JSON");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
		return answer(HttpStatus.METHOD_NOT_ALLOWED,
				"Use " + String.join(" or ",
						e.getSupportedMethods() == null ? new String[] { "POST" } : e.getSupportedMethods())
						+ " for this endpoint");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unexpected(Exception e) {
		log.error("Unexpected error on the partner surface", e);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; try again later");
	}

	private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
