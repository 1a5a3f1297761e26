package aero.hobbs.organizations.web;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.organizations.apiaccess.CreatedOrganizationApiKey;
import aero.hobbs.organizations.apiaccess.OrganizationApiKeys;
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
@RequestMapping("/v1/organizations/{orgId}/api-keys")
@Tag(name = "Organization API keys",
		description = "Server-to-server keys that act in one organization with a chosen role")
@SecurityRequirement(name = "apiKey")
class OrganizationApiKeyController {

	private final OrganizationApiKeys keys;

	OrganizationApiKeyController(OrganizationApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	@Operation(summary = "The organization's API keys, newest first, revoked ones included; never the keys "
			+ "themselves")
	@RequiresPermission(Permission.API_KEYS_MANAGE)
	ApiList<OrganizationApiKeyResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), keys.list(new OrganizationId(orgId), user.id()),
				key -> OrganizationApiKeyResource.of(key, null));
	}

	@PostMapping
	@Operation(summary = "Create a key acting with a role (admin, instructor, member or student); the answer "
			+ "carries the key (hbo_...), which is never shown again. Needs API access enabled by the platform admin "
			+ "(else 409)")
	@RequiresPermission(Permission.API_KEYS_MANAGE)
	ResponseEntity<ApiDocument<OrganizationApiKeyResource>> create(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody CreateKeyRequest request) {
		CreatedOrganizationApiKey created = keys.create(new OrganizationId(orgId), user.id(), request.name(),
				request.role());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(OrganizationApiKeyResource.of(created.summary(), created.key())));
	}

	@GetMapping("/{keyId}")
	@Operation(summary = "One API key of the organization")
	@RequiresPermission(Permission.API_KEYS_MANAGE)
	ApiDocument<OrganizationApiKeyResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID keyId) {
		return new ApiDocument<>(
				OrganizationApiKeyResource.of(keys.find(new OrganizationId(orgId), user.id(), keyId), null));
	}

	@DeleteMapping("/{keyId}")
	@Operation(summary = "Revoke a key at once: it answers 401 from then on")
	@RequiresPermission(Permission.API_KEYS_MANAGE)
	ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID keyId) {
		keys.revoke(new OrganizationId(orgId), user.id(), keyId);
		return ResponseEntity.noContent().build();
	}

	record CreateKeyRequest(@Nullable String name, @Nullable String role) {
	}

}
