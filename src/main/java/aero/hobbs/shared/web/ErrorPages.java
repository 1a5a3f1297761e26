package aero.hobbs.shared.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers what no controller handled (unknown paths, errors raised in filters, the
 * container's own errors): the JSON envelope for API paths and the site's error page for
 * everything else, never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ApiErrorWriter errors;

	ErrorPages(ApiErrorWriter errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (uri.startsWith("/v1/") || uri.startsWith("/api/")) {
			ApiErrorCode code = switch (status) {
				case NOT_FOUND -> ApiErrorCode.NOT_FOUND;
				case METHOD_NOT_ALLOWED -> ApiErrorCode.METHOD_NOT_ALLOWED;
				case CONTENT_TOO_LARGE -> ApiErrorCode.PAYLOAD_TOO_LARGE;
				case UNSUPPORTED_MEDIA_TYPE -> ApiErrorCode.UNSUPPORTED_MEDIA_TYPE;
				case UNAUTHORIZED -> ApiErrorCode.UNAUTHORIZED;
				case FORBIDDEN -> ApiErrorCode.FORBIDDEN;
				default -> status.is4xxClientError() ? ApiErrorCode.VALIDATION_ERROR : ApiErrorCode.INTERNAL_ERROR;
			};
			String message = code == ApiErrorCode.NOT_FOUND ? "No such endpoint" : status.getReasonPhrase();
			errors.write(response, status.value(), ApiError.of(code, message));
			return null;
		}
		ModelAndView page = new ModelAndView("error",
				Map.of("status", status.value(), "reason", status.getReasonPhrase(), "message", pageMessage(status)));
		page.setStatus(status);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String pageMessage(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND ->
				"There is nothing at this address. It may have been deleted, or it belongs to someone else.";
			case FORBIDDEN -> "You are signed in, but this page is not yours to use.";
			default -> status.is5xxServerError()
					? "Something went wrong on our side. Try again; if it keeps happening, tell the operator the time."
					: "The request could not be handled.";
		};
	}

}
