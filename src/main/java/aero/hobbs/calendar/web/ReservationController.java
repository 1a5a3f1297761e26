package aero.hobbs.calendar.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.calendar.Reservation;
import aero.hobbs.calendar.Reservations;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/organizations/{orgId}/calendar/reservations")
@Tag(name = "Calendar")
@SecurityRequirement(name = "apiKey")
class ReservationController {

	private final Reservations reservations;

	private final Fleet fleet;

	ReservationController(Reservations reservations, Fleet fleet) {
		this.reservations = reservations;
		this.fleet = fleet;
	}

	@GetMapping
	@Operation(summary = "List live (not cancelled) reservations by start; from/to filter on the start date in the "
			+ "organization's time zone")
	@RequiresPermission(Permission.CALENDAR_VIEW)
	ApiList<ReservationResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false) @Nullable String to,
			@RequestParam(name = "aircraft_id", required = false) @Nullable String aircraftId,
			@RequestParam(name = "member_id", required = false) @Nullable String memberId,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(name = "per_page", required = false) @Nullable Integer perPage) {
		PageQuery query = PageQuery.of(page, perPage);
		OrganizationId organization = new OrganizationId(orgId);
		Reservations.ReservationPage found = reservations.list(organization, user.id(), from, to, aircraftId, memberId,
				query.offset(), query.perPage());
		Map<UUID, @Nullable FleetAircraft> aircraft = new HashMap<>();
		return ApiList.of(query, found.reservations(), found.total(), r -> resource(organization, r, aircraft));
	}

	@GetMapping("/{reservationId}")
	@Operation(summary = "One reservation (cancelled ones too)")
	@RequiresPermission(Permission.CALENDAR_VIEW)
	ApiDocument<ReservationResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID reservationId) {
		OrganizationId organization = new OrganizationId(orgId);
		return new ApiDocument<>(
				resource(organization, reservations.find(organization, user.id(), reservationId), new HashMap<>()));
	}

	@PostMapping
	@Operation(summary = "Reserve an aircraft for oneself; for another member (member_id) it needs calendar_manage. "
			+ "409 when it overlaps another reservation of the aircraft or the instructor")
	@RequiresPermission(Permission.CALENDAR_BOOK)
	ResponseEntity<ApiDocument<ReservationResource>> create(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody(required = false) @Nullable ReservationRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		ReservationRequest body = request == null ? new ReservationRequest(null, null, null, null, null, null)
				: request;
		Reservation booked = reservations.book(organization, user.id(), body.details());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(resource(organization, booked, new HashMap<>())));
	}

	@PatchMapping("/{reservationId}")
	@Operation(summary = "Change some of a reservation's attributes; an optional attribute sent as null is cleared",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = ReservationRequest.class))))
	@RequiresPermission(value = Permission.CALENDAR_MANAGE, own = Permission.CALENDAR_BOOK)
	ApiDocument<ReservationResource> change(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID reservationId, @RequestBody(required = false) @Nullable Map<String, Object> body) {
		OrganizationId organization = new OrganizationId(orgId);
		Reservation changed = reservations.change(organization, user.id(), reservationId,
				body == null ? Map.of() : Attributes.of(body));
		return new ApiDocument<>(resource(organization, changed, new HashMap<>()));
	}

	@DeleteMapping("/{reservationId}")
	@Operation(summary = "Cancel a reservation (it stays readable with status cancelled)")
	@RequiresPermission(value = Permission.CALENDAR_MANAGE, own = Permission.CALENDAR_BOOK)
	ResponseEntity<Void> cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID reservationId) {
		reservations.cancel(new OrganizationId(orgId), user.id(), reservationId);
		return ResponseEntity.noContent().build();
	}

	private ApiResource<ReservationResource> resource(OrganizationId organization, Reservation reservation,
			Map<UUID, @Nullable FleetAircraft> known) {
		FleetAircraft aircraft = known.computeIfAbsent(reservation.aircraftId(), id -> {
			try {
				return fleet.inOrganization(organization, id);
			}
			catch (NotFound e) {
				return null;
			}
		});
		return ReservationResource.of(reservation, aircraft);
	}

}
