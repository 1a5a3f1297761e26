package aero.hobbs.organizations.web;

import java.time.Instant;

import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.web.ApiResource;

/** The attributes of an {@code organization} resource; {@code role} is the caller's. */
record OrganizationResource(String name, String timeZone, String currency, String role, Instant createdAt,
		Instant updatedAt) {

	static ApiResource<OrganizationResource> of(Organization organization, Role role) {
		return new ApiResource<>(organization.id().toString(), "organization",
				new OrganizationResource(organization.name(), organization.timeZone(), organization.currency(),
						role.wireName(), organization.createdAt(), organization.updatedAt()));
	}
}
