package aero.hobbs.logbook.web;

import java.util.Map;

import aero.hobbs.accounts.Account;
import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightOrganization;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * A flight in an organization as the API shows it: the attributes /v1/me/flight-logs
 * gives, with {@code aircraft_id} the fleet aircraft's, plus the pilot and the instructor
 * (ids and names).
 */
final class OrganizationFlightLogResource {

	private OrganizationFlightLogResource() {
	}

	static ApiResource<Map<String, Object>> of(Flight flight, Map<UserId, Account> people, JsonMapper json) {
		ApiResource<Map<String, Object>> resource = FlightLogResource.of(flight, json);
		Map<String, Object> attributes = resource.attributes();
		FlightOrganization organization = flight.organization();
		if (organization != null) {
			attributes.put("organization_id", organization.organizationId().toString());
			attributes.put("aircraft_id", organization.aircraftId().toString());
			attributes.put("instructor_id",
					organization.instructor() == null ? null : organization.instructor().toString());
			Account instructor = organization.instructor() == null ? null : people.get(organization.instructor());
			attributes.put("instructor_name", instructor == null ? null : instructor.name());
		}
		attributes.put("pilot_id", flight.pilot().toString());
		Account pilot = people.get(flight.pilot());
		attributes.put("pilot_name", pilot == null ? null : pilot.name());
		return resource;
	}

}
