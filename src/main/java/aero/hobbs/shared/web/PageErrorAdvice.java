package aero.hobbs.shared.web;

import java.util.Map;

import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders domain exceptions raised by page controllers as the site's error page. Forms
 * that can be corrected catch {@link InvalidInput} themselves and re-render with the
 * user's input; what reaches this advice cannot be fixed on the page that raised it.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	@ExceptionHandler
	ModelAndView notFound(NotFound e) {
		return page(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler
	ModelAndView upstream(UpstreamFailure e) {
		return page(HttpStatus.BAD_GATEWAY, e.getMessage());
	}

	@ExceptionHandler
	ModelAndView forbidden(Forbidden e) {
		return page(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler({ InvalidInput.class, Conflict.class })
	ModelAndView badRequest(RuntimeException e) {
		return page(HttpStatus.BAD_REQUEST, e instanceof InvalidInput invalid
				? invalid.issues().getFirst().field() + ": " + invalid.issues().getFirst().issue() : e.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error",
				Map.of("status", status.value(), "reason", status.getReasonPhrase(), "message", message));
		page.setStatus(status);
		return page;
	}

}
