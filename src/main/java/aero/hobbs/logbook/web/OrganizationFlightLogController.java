package aero.hobbs.logbook.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightId;
import aero.hobbs.logbook.OrganizationLogbook;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.UserId;
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
@RequestMapping("/v1/organizations/{orgId}/flight-logs")
@Tag(name = "Organization flight logs",
		description = "Flights members logged in the organization's aircraft; each is also in the pilot's own logbook")
@SecurityRequirement(name = "apiKey")
class OrganizationFlightLogController {

	private final OrganizationLogbook logbook;

	private final Accounts accounts;

	private final JsonMapper json;

	OrganizationFlightLogController(OrganizationLogbook logbook, Accounts accounts, JsonMapper json) {
		this.logbook = logbook;
		this.accounts = accounts;
		this.json = json;
	}

	@GetMapping
	@Operation(summary = "The organization's flights, newest first: everyone's for roles with FLIGHTS_VIEW_ALL, "
			+ "the caller's own otherwise; filter by date range (from, to: YYYY-MM-DD, inclusive), pilot_id and "
			+ "aircraft_id (fleet)")
	@RequiresPermission(value = Permission.FLIGHTS_VIEW_ALL, own = Permission.FLIGHTS_LOG)
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(ref = FlightLogSchemas.ORGANIZATION_LIST)))
	ApiList<Map<String, Object>> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(name = "pilot_id", required = false) @Nullable UUID pilotId,
			@RequestParam(name = "aircraft_id", required = false) @Nullable UUID aircraftId,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInput("to", "The end of the date range is before its start");
		}
		OrganizationLogbook.Listing listing = logbook.list(new OrganizationId(orgId), user.id(),
				new OrganizationLogbook.Filter(from, to, pilotId == null ? null : new UserId(pilotId), aircraftId),
				query.offset(), query.perPage());
		Map<UserId, Account> people = people(listing.flights());
		return ApiList.of(query, listing.flights(), listing.total(),
				flight -> OrganizationFlightLogResource.of(flight, people, json));
	}

	@GetMapping("/{flightId}")
	@Operation(summary = "One of the organization's flights")
	@RequiresPermission(value = Permission.FLIGHTS_VIEW_ALL, own = Permission.FLIGHTS_LOG)
	@ApiResponse(responseCode = "200",
			content = @Content(schema = @Schema(ref = FlightLogSchemas.ORGANIZATION_DOCUMENT)))
	ApiDocument<Map<String, Object>> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID flightId) {
		return document(logbook.find(new OrganizationId(orgId), user.id(), new FlightId(flightId)));
	}

	@PostMapping
	@Operation(
			summary = "Log the caller's flight in a fleet aircraft (aircraft_id), optionally under an instructor "
					+ "(instructor_id); the flight goes into the caller's logbook too. A grounded aircraft is refused",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(ref = FlightLogSchemas.ORGANIZATION_ATTRIBUTES))))
	@RequiresPermission(Permission.FLIGHTS_LOG)
	@ApiResponse(responseCode = "201",
			content = @Content(schema = @Schema(ref = FlightLogSchemas.ORGANIZATION_DOCUMENT)))
	ResponseEntity<ApiDocument<Map<String, Object>>> log(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody Map<String, Object> body) {
		Flight flight = logbook.log(new OrganizationId(orgId), user.id(), FlightLogController.attributes(body));
		return ResponseEntity.status(HttpStatus.CREATED).body(document(flight));
	}

	@PatchMapping("/{flightId}")
	@Operation(
			summary = "Change some of a flight's attributes (null clears): one's own with FLIGHTS_LOG, anyone's "
					+ "with FLIGHTS_MANAGE_ALL",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(ref = FlightLogSchemas.ORGANIZATION_ATTRIBUTES))))
	@RequiresPermission(value = Permission.FLIGHTS_MANAGE_ALL, own = Permission.FLIGHTS_LOG)
	@ApiResponse(responseCode = "200",
			content = @Content(schema = @Schema(ref = FlightLogSchemas.ORGANIZATION_DOCUMENT)))
	ApiDocument<Map<String, Object>> amend(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID flightId, @RequestBody Map<String, Object> body) {
		return document(logbook.amend(new OrganizationId(orgId), user.id(), new FlightId(flightId),
				FlightLogController.attributes(body)));
	}

	@DeleteMapping("/{flightId}")
	@Operation(summary = "Delete a flight, also from the pilot's logbook: one's own with FLIGHTS_LOG, anyone's with "
			+ "FLIGHTS_MANAGE_ALL")
	@RequiresPermission(value = Permission.FLIGHTS_MANAGE_ALL, own = Permission.FLIGHTS_LOG)
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID flightId) {
		logbook.remove(new OrganizationId(orgId), user.id(), new FlightId(flightId));
		return ResponseEntity.noContent().build();
	}

	private ApiDocument<Map<String, Object>> document(Flight flight) {
		return new ApiDocument<>(OrganizationFlightLogResource.of(flight, people(List.of(flight)), json));
	}

	/** The pilots and instructors of the flights, by id. */
	private Map<UserId, Account> people(List<Flight> flights) {
		List<UserId> ids = new ArrayList<>();
		for (Flight flight : flights) {
			ids.add(flight.pilot());
			if (flight.organization() != null && flight.organization().instructor() != null) {
				ids.add(flight.organization().instructor());
			}
		}
		return accounts.findAll(ids);
	}

}
