package aero.hobbs.logbook.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.logbook.FlightFilter;
import aero.hobbs.logbook.FlightId;
import aero.hobbs.logbook.FlightPage;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/v1/me/flight-logs")
@Tag(name = "Flight logs", description = "The pilot's logbook")
@SecurityRequirement(name = "apiKey")
class FlightLogController {

	private final Logbook logbook;

	private final JsonMapper json;

	FlightLogController(Logbook logbook, JsonMapper json) {
		this.logbook = logbook;
		this.json = json;
	}

	@GetMapping
	@Operation(summary = "List flights, newest first; filter by date range (inclusive) and aircraft registration")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(ref = FlightLogSchemas.LIST)))
	ApiList<Map<String, Object>> list(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String aircraft, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInput("to", "The end of the date range is before its start");
		}
		FlightPage result = logbook.list(user.id(), new FlightFilter(from, to, aircraft), query.offset(),
				query.perPage());
		return ApiList.of(query, result.flights(), result.total(), flight -> FlightLogResource.of(flight, json));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One flight")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(ref = FlightLogSchemas.DOCUMENT)))
	ApiDocument<Map<String, Object>> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return new ApiDocument<>(FlightLogResource.of(logbook.find(user.id(), new FlightId(id)), json));
	}

	@PostMapping
	@Operation(summary = "Log a flight",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(ref = FlightLogSchemas.ATTRIBUTES))))
	@ApiResponse(responseCode = "201", content = @Content(schema = @Schema(ref = FlightLogSchemas.DOCUMENT)))
	ResponseEntity<ApiDocument<Map<String, Object>>> create(@AuthenticationPrincipal SignedInUser user,
			@RequestBody Map<String, Object> body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(FlightLogResource.of(logbook.logFlight(user.id(), attributes(body)), json)));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change some of a flight's attributes; an attribute sent as null is cleared",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(ref = FlightLogSchemas.ATTRIBUTES))))
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(ref = FlightLogSchemas.DOCUMENT)))
	ApiDocument<Map<String, Object>> amend(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody Map<String, Object> body) {
		return new ApiDocument<>(
				FlightLogResource.of(logbook.amend(user.id(), new FlightId(id), attributes(body)), json));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a flight")
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		logbook.remove(user.id(), new FlightId(id));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Accepts the attributes flat, or wrapped as {@code {"data": {"attributes": {...}}}}
	 * like the answers.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> attributes(Map<String, Object> body) {
		if (body.size() == 1 && body.get("data") instanceof Map<?, ?> data
				&& data.get("attributes") instanceof Map<?, ?> attributes) {
			return (Map<String, Object>) attributes;
		}
		return body;
	}

}
