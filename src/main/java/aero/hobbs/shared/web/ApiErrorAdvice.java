package aero.hobbs.shared.web;

import java.util.List;

import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The one place where `/v1` and admin-API controllers' exceptions become HTTP answers in
 * the seed-001 error envelope. Unexpected exceptions are logged once (with the request id
 * from the MDC) and answered with a generic message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

	@ExceptionHandler
	ResponseEntity<ApiError> invalid(InvalidInput e) {
		return answer(ApiErrorCode.VALIDATION_ERROR,
				ApiError.of(ApiErrorCode.VALIDATION_ERROR, "The request has invalid fields", e.issues()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> notFound(NotFound e) {
		return answer(ApiErrorCode.NOT_FOUND, ApiError.of(ApiErrorCode.NOT_FOUND, e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> conflict(Conflict e) {
		return answer(ApiErrorCode.CONFLICT,
				ApiError.of(ApiErrorCode.CONFLICT, e.getMessage(), new FieldIssue(e.field(), e.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> upstream(UpstreamFailure e) {
		return answer(ApiErrorCode.UPSTREAM_ERROR, ApiError.of(ApiErrorCode.UPSTREAM_ERROR, e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> forbidden(Forbidden e) {
		return answer(ApiErrorCode.FORBIDDEN, ApiError.of(ApiErrorCode.FORBIDDEN, e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof PayloadTooLarge tooLarge) {
			return payloadTooLarge(tooLarge);
		}
		if (e.getCause() instanceof DatabindException bind) {
			FieldIssue issue = bind.getPath().isEmpty()
					? new FieldIssue("body", "The request body must be a JSON object")
					: new FieldIssue(jsonPath(bind), "Value has the wrong type");
			return answer(ApiErrorCode.VALIDATION_ERROR,
					ApiError.of(ApiErrorCode.VALIDATION_ERROR, "The request has invalid fields", issue));
		}
		String detail = e.getCause() instanceof JacksonException json && json.getLocation() != null
				? " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")"
				: "";
		return answer(ApiErrorCode.INVALID_JSON,
				ApiError.of(ApiErrorCode.INVALID_JSON, "The request body is not valid JSON" + detail));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> payloadTooLarge(PayloadTooLarge e) {
		return answer(ApiErrorCode.PAYLOAD_TOO_LARGE, ApiError.of(ApiErrorCode.PAYLOAD_TOO_LARGE, e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> beanValidation(MethodArgumentNotValidException e) {
		List<FieldIssue> issues = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldIssue(snakeCase(error.getField()), String.valueOf(error.getDefaultMessage())))
			.toList();
		if (issues.isEmpty()) {
			issues = List.of(new FieldIssue("body", "The request body is invalid"));
		}
		return answer(ApiErrorCode.VALIDATION_ERROR,
				ApiError.of(ApiErrorCode.VALIDATION_ERROR, "The request has invalid fields", issues));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
		return answer(ApiErrorCode.VALIDATION_ERROR, ApiError.of(ApiErrorCode.VALIDATION_ERROR,
				"The request has invalid parameters", new FieldIssue(e.getName(), "Value has the wrong format")));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
		return answer(ApiErrorCode.VALIDATION_ERROR, ApiError.of(ApiErrorCode.VALIDATION_ERROR,
				"A required parameter is missing", new FieldIssue(e.getParameterName(), "Parameter is required")));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
		return answer(ApiErrorCode.METHOD_NOT_ALLOWED,
				ApiError.of(ApiErrorCode.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not allowed here"));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
		return answer(ApiErrorCode.UNSUPPORTED_MEDIA_TYPE,
				ApiError.of(ApiErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json"));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
		return answer(ApiErrorCode.NOT_FOUND, ApiError.of(ApiErrorCode.NOT_FOUND, "No such endpoint"));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unexpected(Exception e) {
		log.error("Unexpected error answering an API request", e);
		return answer(ApiErrorCode.INTERNAL_ERROR, ApiError.of(ApiErrorCode.INTERNAL_ERROR,
				"Something went wrong on our side; the request id identifies it"));
	}

	private static ResponseEntity<ApiError> answer(ApiErrorCode code, ApiError body) {
		return ResponseEntity.status(code.status()).body(body);
	}

	private static String jsonPath(DatabindException e) {
		StringBuilder path = new StringBuilder();
		e.getPath().forEach(ref -> {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		});
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

}
