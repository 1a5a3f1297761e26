package aero.hobbs.logbook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.accounts.Accounts;
import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightId;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.logbook.OrganizationFlight;
import aero.hobbs.logbook.OrganizationLogbook;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.DomainException;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.ResourceViews;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A flight in an organization as {@code GET
 * /v1/organizations/{orgId}/flight-logs/{flightId}} answers it. The flight is read as its
 * own pilot sees it, who may always see it while a member.
 */
@Component
class OrganizationFlightLogViews implements ResourceViews {

	private final Logbook logbook;

	private final OrganizationLogbook organizationLogbook;

	private final Accounts accounts;

	private final JsonMapper json;

	OrganizationFlightLogViews(Logbook logbook, OrganizationLogbook organizationLogbook, Accounts accounts,
			JsonMapper json) {
		this.logbook = logbook;
		this.organizationLogbook = organizationLogbook;
		this.accounts = accounts;
		this.json = json;
	}

	@Override
	public String type() {
		return "flight_log";
	}

	@Override
	public Optional<ApiResource<?>> find(UUID organizationId, String id) {
		OrganizationId organization = new OrganizationId(organizationId);
		try {
			FlightId flightId = FlightId.of(id);
			OrganizationFlight recorded = logbook.findInOrganization(organization, flightId);
			Flight flight = organizationLogbook.find(organization, recorded.pilot(), flightId);
			List<UserId> people = new ArrayList<>(List.of(flight.pilot()));
			if (flight.organization() != null && flight.organization().instructor() != null) {
				people.add(flight.organization().instructor());
			}
			return Optional.of(OrganizationFlightLogResource.of(flight, accounts.findAll(people), json));
		}
		catch (DomainException | IllegalArgumentException e) {
			// gone, or its pilot left the organization
			return Optional.empty();
		}
	}

}
