package aero.hobbs.shared.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the partner surface's error, {@code {"error": "..."}}, from filters and entry
 * points, where the controller advice cannot reach.
 */
@Component
class PartnerErrorWriter {

	private final JsonMapper json;

	PartnerErrorWriter(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), Map.of("error", message));
	}

}
