package aero.hobbs.webhooks;

import java.util.Map;

import aero.hobbs.accounting.InvoiceCreated;
import aero.hobbs.accounting.InvoicePaid;
import aero.hobbs.aircraft.fleet.AircraftStatusChanged;
import aero.hobbs.logbook.OrganizationFlightAmended;
import aero.hobbs.logbook.OrganizationFlightLogged;
import aero.hobbs.organizations.MemberAdded;
import aero.hobbs.organizations.MemberRemoved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the domain events that webhooks relay, after their transaction commits, each
 * in a transaction of its own. A listener that fails leaves its publication incomplete in
 * the registry, and it is resubmitted when a node starts. The ids name the listeners in
 * the registry, so they must not change.
 */
@Component
class WebhookRelay {

	static final String FLIGHT_LOGGED = "webhooks.flight_log.created";

	static final String FLIGHT_AMENDED = "webhooks.flight_log.updated";

	static final String MEMBER_ADDED = "webhooks.member.added";

	static final String MEMBER_REMOVED = "webhooks.member.removed";

	static final String AIRCRAFT_STATUS_CHANGED = "webhooks.aircraft.status_changed";

	static final String INVOICE_CREATED = "webhooks.invoice.created";

	static final String INVOICE_PAID = "webhooks.invoice.paid";

	private final DeliveryQueue queue;

	WebhookRelay(DeliveryQueue queue) {
		this.queue = queue;
	}

	@ApplicationModuleListener(id = FLIGHT_LOGGED)
	void on(OrganizationFlightLogged event) {
		queue.enqueue(event, FLIGHT_LOGGED, event.organizationId(), WebhookEvent.FLIGHT_LOG_CREATED,
				event.flightId().toString(), Map.of("pilot_id", event.pilot().toString()));
	}

	@ApplicationModuleListener(id = FLIGHT_AMENDED)
	void on(OrganizationFlightAmended event) {
		queue.enqueue(event, FLIGHT_AMENDED, event.organizationId(), WebhookEvent.FLIGHT_LOG_UPDATED,
				event.flightId().toString(), Map.of("pilot_id", event.pilot().toString()));
	}

	@ApplicationModuleListener(id = MEMBER_ADDED)
	void on(MemberAdded event) {
		queue.enqueue(event, MEMBER_ADDED, event.organizationId(), WebhookEvent.MEMBER_ADDED, event.userId().toString(),
				Map.of("organization_id", event.organizationId().toString(), "user_id", event.userId().toString(),
						"role", event.role().wireName()));
	}

	@ApplicationModuleListener(id = MEMBER_REMOVED)
	void on(MemberRemoved event) {
		queue.enqueue(event, MEMBER_REMOVED, event.organizationId(), WebhookEvent.MEMBER_REMOVED,
				event.userId().toString(),
				Map.of("organization_id", event.organizationId().toString(), "user_id", event.userId().toString()));
	}

	@ApplicationModuleListener(id = AIRCRAFT_STATUS_CHANGED)
	void on(AircraftStatusChanged event) {
		queue.enqueue(event, AIRCRAFT_STATUS_CHANGED, event.organizationId(), WebhookEvent.AIRCRAFT_STATUS_CHANGED,
				event.aircraftId().toString(), Map.of("registration", event.registration()));
	}

	@ApplicationModuleListener(id = INVOICE_CREATED)
	void on(InvoiceCreated event) {
		queue.enqueue(event, INVOICE_CREATED, event.organizationId(), WebhookEvent.INVOICE_CREATED,
				event.invoiceId().toString(), Map.of("member_id", event.memberId().toString()));
	}

	@ApplicationModuleListener(id = INVOICE_PAID)
	void on(InvoicePaid event) {
		queue.enqueue(event, INVOICE_PAID, event.organizationId(), WebhookEvent.INVOICE_PAID,
				event.invoiceId().toString(), Map.of("member_id", event.memberId().toString(), "number", event.number(),
						"paid_at", event.paidAt().toString()));
	}

}
