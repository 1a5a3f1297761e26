package aero.hobbs.webhooks.web;

import java.util.List;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;
import aero.hobbs.webhooks.CreatedEndpoint;
import aero.hobbs.webhooks.Deliveries;
import aero.hobbs.webhooks.Deliveries.DeliveryPage;
import aero.hobbs.webhooks.EndpointChanges;
import aero.hobbs.webhooks.Endpoints;

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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/organizations/{orgId}/webhooks")
@Tag(name = "Webhooks",
		description = "Endpoints that receive an organization's events, signed as Standard Webhooks "
				+ "specifies, and their delivery log")
@SecurityRequirement(name = "apiKey")
class WebhookController {

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	WebhookController(Endpoints endpoints, Deliveries deliveries) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
	}

	@GetMapping
	@Operation(summary = "The organization's webhook endpoints, oldest first")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ApiList<EndpointResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), endpoints.list(new OrganizationId(orgId), user.id()),
				EndpointResource::of);
	}

	@PostMapping
	@Operation(summary = "Add an endpoint: url (https), description, events (flight_log.created, flight_log.updated, "
			+ "member.added, member.removed, invoice.created, invoice.paid, aircraft.status_changed), enabled. The "
			+ "answer carries the signing secret (whsec_...), shown this once")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ResponseEntity<ApiDocument<EndpointResource>> add(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody EndpointRequest request) {
		CreatedEndpoint created = endpoints.add(new OrganizationId(orgId), user.id(), request.changes());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(EndpointResource.of(created.endpoint(), created.secret())));
	}

	@GetMapping("/{endpointId}")
	@Operation(summary = "One endpoint; disabled_reason says why Hobbs disabled it")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ApiDocument<EndpointResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID endpointId) {
		return new ApiDocument<>(EndpointResource.of(endpoints.find(new OrganizationId(orgId), user.id(), endpointId)));
	}

	@PatchMapping("/{endpointId}")
	@Operation(summary = "Change an endpoint's url, description, events or enabled; enabling a disabled endpoint "
			+ "clears its disabled_reason")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ApiDocument<EndpointResource> change(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID endpointId, @RequestBody EndpointRequest request) {
		return new ApiDocument<>(EndpointResource
			.of(endpoints.change(new OrganizationId(orgId), user.id(), endpointId, request.changes())));
	}

	@DeleteMapping("/{endpointId}")
	@Operation(summary = "Remove an endpoint with its delivery log")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID endpointId) {
		endpoints.remove(new OrganizationId(orgId), user.id(), endpointId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{endpointId}/rotate-secret")
	@Operation(summary = "Replace the signing secret; the answer carries the new one, shown this once, and the old "
			+ "one signs nothing more")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ApiDocument<EndpointResource> rotateSecret(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID endpointId) {
		CreatedEndpoint rotated = endpoints.rotateSecret(new OrganizationId(orgId), user.id(), endpointId);
		return new ApiDocument<>(EndpointResource.of(rotated.endpoint(), rotated.secret()));
	}

	@GetMapping("/{endpointId}/deliveries")
	@Operation(summary = "The endpoint's delivery log, newest first: status (pending, delivered, failed), attempts, "
			+ "and the latest attempt's response status, latency and the first KB of the answer")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ApiList<DeliveryResource> deliveries(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID endpointId, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		DeliveryPage found = deliveries.page(new OrganizationId(orgId), user.id(), endpointId, query.offset(),
				query.perPage());
		return ApiList.of(query, found.deliveries(), found.total(), DeliveryResource::of);
	}

	@PostMapping("/{endpointId}/deliveries/{deliveryId}/redeliver")
	@Operation(summary = "Attempt a delivery again now, with the same webhook-id and body; the answer is the "
			+ "delivery with this attempt's outcome")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ApiDocument<DeliveryResource> redeliver(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID endpointId, @PathVariable UUID deliveryId) {
		return new ApiDocument<>(DeliveryResource
			.of(deliveries.redeliver(new OrganizationId(orgId), user.id(), endpointId, deliveryId)));
	}

	@PostMapping("/{endpointId}/test")
	@Operation(summary = "Send a webhook.test ping now; the answer is its delivery with the outcome")
	@RequiresPermission(Permission.WEBHOOKS_MANAGE)
	ResponseEntity<ApiDocument<DeliveryResource>> test(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @PathVariable UUID endpointId) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(
					DeliveryResource.of(deliveries.test(new OrganizationId(orgId), user.id(), endpointId))));
	}

	record EndpointRequest(@Nullable String url, @Nullable String description, @Nullable List<String> events,
			@Nullable Boolean enabled) {

		EndpointChanges changes() {
			return new EndpointChanges(url, description, events, enabled);
		}

	}

}
