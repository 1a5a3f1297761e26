package aero.hobbs.organizations.web;

import java.util.UUID;

import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.OrganizationSettings;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.organizations.Role;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/organizations")
@Tag(name = "Organizations", description = "Flight schools, clubs and operators the caller belongs to")
@SecurityRequirement(name = "apiKey")
class OrganizationController {

	private final Organizations organizations;

	private final OrganizationAccess access;

	OrganizationController(Organizations organizations, OrganizationAccess access) {
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "List the organizations the caller is a member of, by name, with the caller's role")
	ApiList<OrganizationResource> list(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), organizations.listFor(user.id()),
				joined -> OrganizationResource.of(joined.organization(), joined.role()));
	}

	@PostMapping
	@Operation(summary = "Create an organization; the caller becomes its owner")
	ResponseEntity<ApiDocument<OrganizationResource>> create(@AuthenticationPrincipal SignedInUser user,
			@RequestBody SettingsRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(
					OrganizationResource.of(organizations.create(user.id(), request.settings()), Role.OWNER)));
	}

	@GetMapping("/{orgId}")
	@Operation(summary = "One organization's settings")
	@RequiresPermission(Permission.ORGANIZATION_VIEW)
	ApiDocument<OrganizationResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId) {
		OrganizationId id = new OrganizationId(orgId);
		Member member = access.require(id, user.id(), Permission.ORGANIZATION_VIEW);
		return new ApiDocument<>(OrganizationResource.of(organizations.settings(id), member.role()));
	}

	@PatchMapping("/{orgId}")
	@Operation(summary = "Change the name, time zone or currency; fields left out keep their value")
	@RequiresPermission(Permission.ORGANIZATION_MANAGE)
	ApiDocument<OrganizationResource> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestBody SettingsRequest request) {
		OrganizationId id = new OrganizationId(orgId);
		Member member = access.require(id, user.id(), Permission.ORGANIZATION_MANAGE);
		var current = organizations.settings(id);
		OrganizationSettings merged = new OrganizationSettings(or(request.name(), current.name()),
				or(request.timeZone(), current.timeZone()), or(request.currency(), current.currency()));
		return new ApiDocument<>(OrganizationResource.of(organizations.update(id, user.id(), merged), member.role()));
	}

	@DeleteMapping("/{orgId}")
	@Operation(summary = "Delete the organization with its memberships and invitations")
	@RequiresPermission(Permission.ORGANIZATION_DELETE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId) {
		organizations.delete(new OrganizationId(orgId), user.id());
		return ResponseEntity.noContent().build();
	}

	private static String or(@Nullable String given, String current) {
		return given == null ? current : given;
	}

	record SettingsRequest(@Nullable String name, @Nullable String timeZone, @Nullable String currency) {

		OrganizationSettings settings() {
			return new OrganizationSettings(name, timeZone, currency);
		}
	}

}
