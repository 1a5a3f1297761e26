package aero.hobbs.shared.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the error envelope from places that run before a controller (filters, entry
 * points, the error page), where the controller advice cannot reach.
 */
@Component
class ApiErrorWriter {

	private final JsonMapper json;

	ApiErrorWriter(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, ApiErrorCode code, String message) throws IOException {
		write(response, code, ApiError.of(code, message));
	}

	void write(HttpServletResponse response, ApiErrorCode code, ApiError body) throws IOException {
		write(response, code.status().value(), body);
	}

	void write(HttpServletResponse response, int status, ApiError body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

}
