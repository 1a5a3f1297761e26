package aero.hobbs.aircraft.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.accounts.Accounts;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraftDetails;
import aero.hobbs.aircraft.fleet.FleetStatus;
import aero.hobbs.aircraft.fleet.FleetStatusChange;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/organizations/{orgId}/aircraft")
@Tag(name = "Fleet", description = "An organization's aircraft and simulators: status, hourly rates, status history")
@SecurityRequirement(name = "apiKey")
class FleetController {

	private final Fleet fleet;

	private final Accounts accounts;

	FleetController(Fleet fleet, Accounts accounts) {
		this.fleet = fleet;
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "The fleet by registration; filter by status (available, maintenance, grounded)")
	@RequiresPermission(Permission.FLEET_VIEW)
	ApiList<FleetAircraftResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		FleetStatus wanted = status == null ? null : FleetStatus.fromWire(status)
			.orElseThrow(() -> new InvalidInput("status", "Filter by one of: available, maintenance, grounded"));
		return ApiList.slice(query, fleet.list(new OrganizationId(orgId), user.id(), wanted),
				FleetAircraftResource::of);
	}

	@GetMapping("/{aircraftId}")
	@Operation(summary = "One aircraft of the fleet")
	@RequiresPermission(Permission.FLEET_VIEW)
	ApiDocument<FleetAircraftResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID aircraftId) {
		return new ApiDocument<>(
				FleetAircraftResource.of(fleet.find(new OrganizationId(orgId), user.id(), aircraftId)));
	}

	@PostMapping
	@Operation(summary = "Add an aircraft or simulator; it starts available. hourly_rate is "
			+ "{\"amount\": \"180.00\", \"currency\": \"EUR\"} in the organization's currency (a bare amount string "
			+ "is accepted too)")
	@RequiresPermission(Permission.FLEET_MANAGE)
	ResponseEntity<ApiDocument<FleetAircraftResource>> add(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody FleetAircraftRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(
					FleetAircraftResource.of(fleet.add(new OrganizationId(orgId), user.id(), request.details()))));
	}

	@PutMapping("/{aircraftId}")
	@Operation(summary = "Replace an aircraft's details (not its status: POST .../status)")
	@RequiresPermission(Permission.FLEET_MANAGE)
	ApiDocument<FleetAircraftResource> replace(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID aircraftId, @RequestBody FleetAircraftRequest request) {
		return new ApiDocument<>(FleetAircraftResource
			.of(fleet.update(new OrganizationId(orgId), user.id(), aircraftId, request.details())));
	}

	@PatchMapping("/{aircraftId}")
	@Operation(summary = "Change some of an aircraft's details; attributes left out keep their value")
	@RequiresPermission(Permission.FLEET_MANAGE)
	ApiDocument<FleetAircraftResource> amend(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID aircraftId, @RequestBody FleetAircraftRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return new ApiDocument<>(FleetAircraftResource.of(fleet.amend(organization, user.id(), aircraftId,
				current -> request.over(FleetAircraftDetails.of(current)))));
	}

	@DeleteMapping("/{aircraftId}")
	@Operation(summary = "Remove an aircraft; flights logged in it keep their registration and type")
	@RequiresPermission(Permission.FLEET_MANAGE)
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID aircraftId) {
		fleet.remove(new OrganizationId(orgId), user.id(), aircraftId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{aircraftId}/status")
	@Operation(summary = "Change the aircraft's status (available, maintenance, grounded) with an optional note; "
			+ "the change is recorded with who made it and when")
	@RequiresPermission(Permission.FLEET_STATUS)
	ApiDocument<FleetAircraftResource> changeStatus(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @PathVariable UUID aircraftId, @RequestBody StatusRequest request) {
		FleetStatus status = request.status() == null ? null : FleetStatus.fromWire(request.status())
			.orElseThrow(() -> new InvalidInput("status", "Choose the status: available, maintenance or grounded"));
		return new ApiDocument<>(FleetAircraftResource
			.of(fleet.changeStatus(new OrganizationId(orgId), user.id(), aircraftId, status, request.note())));
	}

	@GetMapping("/{aircraftId}/status-changes")
	@Operation(summary = "The aircraft's status changes, newest first: who, when, from, to, note")
	@RequiresPermission(Permission.FLEET_VIEW)
	ApiList<FleetStatusChangeResource> statusChanges(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @PathVariable UUID aircraftId, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		List<FleetStatusChange> changes = fleet.history(new OrganizationId(orgId), user.id(), aircraftId);
		var people = accounts.findAll(changes.stream().map(change -> new UserId(change.changedBy())).toList());
		return ApiList.slice(query, changes, change -> FleetStatusChangeResource.of(change, people));
	}

	record StatusRequest(@Nullable String status, @Nullable String note) {
	}

	/**
	 * An aircraft as a client sends it. {@code hourly_rate} is Money ({@code {"amount":
	 * "180.00", "currency": "EUR"}}) or just its amount.
	 */
	record FleetAircraftRequest(@Nullable String registration, @Nullable String typeCode, @Nullable String model,
			@Nullable String categoryClass, @Nullable Boolean simulator, @Nullable String fstdType,
			@Nullable Object hourlyRate) {

		FleetAircraftDetails details() {
			return over(new FleetAircraftDetails(null, null, null, null, null, null, null, null));
		}

		/** These attributes over {@code current}: those left out keep their value. */
		FleetAircraftDetails over(FleetAircraftDetails current) {
			String amount = current.hourlyRate();
			String currency = current.currency();
			if (hourlyRate instanceof Map<?, ?> money) {
				amount = money.get("amount") == null ? null : money.get("amount").toString();
				currency = money.get("currency") == null ? null : money.get("currency").toString();
			}
			else if (hourlyRate != null) {
				amount = hourlyRate.toString();
				currency = null;
			}
			return new FleetAircraftDetails(or(registration, current.registration()), or(typeCode, current.typeCode()),
					or(model, current.model()), or(categoryClass, current.categoryClass()),
					simulator == null ? current.simulator() : simulator, or(fstdType, current.fstdType()), amount,
					currency);
		}

		private static @Nullable String or(@Nullable String given, @Nullable String current) {
			return given == null ? current : given;
		}
	}

}
