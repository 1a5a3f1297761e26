package aero.hobbs.organizations.web;

import java.util.Optional;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.ResourceViews;

import org.springframework.stereotype.Component;

/** A member as {@code GET /v1/organizations/{orgId}/members/{userId}} answers it. */
@Component
class MemberViews implements ResourceViews {

	private final OrganizationAccess access;

	MemberViews(OrganizationAccess access) {
		this.access = access;
	}

	@Override
	public String type() {
		return "member";
	}

	@Override
	public Optional<ApiResource<?>> find(UUID organizationId, String id) {
		UserId user;
		try {
			user = UserId.of(id);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return access.membership(new OrganizationId(organizationId), user).map(MemberResource::of);
	}

}
