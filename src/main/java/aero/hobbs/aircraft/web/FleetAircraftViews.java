package aero.hobbs.aircraft.web;

import java.util.Optional;
import java.util.UUID;

import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.ResourceViews;

import org.springframework.stereotype.Component;

/**
 * A fleet aircraft as {@code GET /v1/organizations/{orgId}/aircraft/{aircraftId}} answers
 * it.
 */
@Component
class FleetAircraftViews implements ResourceViews {

	private final Fleet fleet;

	FleetAircraftViews(Fleet fleet) {
		this.fleet = fleet;
	}

	@Override
	public String type() {
		return FleetAircraftResource.TYPE;
	}

	@Override
	public Optional<ApiResource<?>> find(UUID organizationId, String id) {
		try {
			return Optional.of(FleetAircraftResource
				.of(fleet.inOrganization(new OrganizationId(organizationId), UUID.fromString(id))));
		}
		catch (NotFound | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
