package aero.hobbs.logbook;

import aero.hobbs.organizations.OrganizationDeleted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When an organization is deleted its flights stay in their pilots' logbooks, as flights
 * of their own: the link to the organization, its aircraft and instructor goes (the
 * registration, type and instructor's name stay on the flight).
 */
@Component
class OrganizationFlightsDetacher {

	private final FlightRepository flights;

	OrganizationFlightsDetacher(FlightRepository flights) {
		this.flights = flights;
	}

	// in the deleting transaction, before it commits: the application has no event
	// publication registry yet, and an after-commit listener that failed would leave
	// flights linked to an organization that is gone
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(OrganizationDeleted deleted) {
		flights.detachFromOrganization(deleted.organizationId());
	}

}
