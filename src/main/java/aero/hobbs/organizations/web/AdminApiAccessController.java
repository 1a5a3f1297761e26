package aero.hobbs.organizations.web;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.apiaccess.ApiAccessPlans;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.PageQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The platform admin enables, changes and disables an organization's API access. */
@RestController
@RequestMapping("/api/admin/organizations")
@Tag(name = "Admin: API access", description = "Platform administration with HOBBS_ADMIN_TOKEN")
@SecurityRequirement(name = "adminToken")
class AdminApiAccessController {

	private final ApiAccessPlans plans;

	AdminApiAccessController(ApiAccessPlans plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "List every organization with its API access, by name")
	ApiList<AdminOrganizationResource> list(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), plans.organizations(),
				listed -> new ApiResource<>(listed.id().toString(), "organization",
						AdminOrganizationResource.of(listed)));
	}

	@GetMapping("/{id}/api-access")
	@Operation(summary = "An organization's API access: whether it is enabled, the plan and the hourly limit in "
			+ "effect")
	ApiDocument<ApiAccessResource> find(@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(id);
		return ApiAccessResource.of(organization, plans.find(organization), plans.requestsPerHour(organization));
	}

	@RequestMapping(path = "/{id}/api-access", method = { RequestMethod.PUT, RequestMethod.POST })
	@Operation(summary = "Enable API access on a plan, or change the plan (PUT or POST): standard (1,000 requests "
			+ "per hour), organization (5,000) or enterprise (requests_per_hour required). For standard and "
			+ "organization, requests_per_hour may be left out and is refused unless it is the plan's number. "
			+ "A changed limit starts a fresh hourly window")
	ApiDocument<ApiAccessResource> enable(@PathVariable UUID id, @RequestBody EnableRequest request) {
		OrganizationId organization = new OrganizationId(id);
		return ApiAccessResource.of(plans.enable(organization, request.plan(), request.requestsPerHour()));
	}

	@DeleteMapping("/{id}/api-access")
	@Operation(summary = "Disable API access: the organization's API keys stop working at once; its members' "
			+ "personal keys keep the limit of organizations without a plan")
	ResponseEntity<Void> disable(@PathVariable UUID id) {
		plans.disable(new OrganizationId(id));
		return ResponseEntity.noContent().build();
	}

	record EnableRequest(@Nullable String plan, @Nullable Long requestsPerHour) {
	}

}
