package aero.hobbs.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * An endpoint's delivery log, manual redelivery and the test ping, for the organization's
 * admins (every method checks {@code WEBHOOKS_MANAGE} through {@link Endpoints#find}).
 */
@Service
public class Deliveries {

	/** A page of an endpoint's deliveries, newest first, and how many it has in all. */
	public record DeliveryPage(List<Delivery> deliveries, long total) {
	}

	private final Endpoints endpoints;

	private final DeliveryRepository deliveries;

	private final DeliveryQueue queue;

	private final Dispatcher dispatcher;

	private final Sender sender;

	private final Clock clock;

	Deliveries(Endpoints endpoints, DeliveryRepository deliveries, DeliveryQueue queue, Dispatcher dispatcher,
			Sender sender, Clock clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.queue = queue;
		this.dispatcher = dispatcher;
		this.sender = sender;
		this.clock = clock;
	}

	public DeliveryPage page(OrganizationId organization, UserId user, UUID endpointId, long offset, int limit) {
		endpoints.find(organization, user, endpointId);
		return new DeliveryPage(deliveries.page(endpointId, offset, limit), deliveries.count(endpointId));
	}

	public Delivery find(OrganizationId organization, UserId user, UUID endpointId, UUID deliveryId) {
		endpoints.find(organization, user, endpointId);
		return deliveries.find(organization, endpointId, deliveryId).orElseThrow(() -> new NotFound("Delivery"));
	}

	/** Every attempt at the delivery, the latest first. */
	public List<Attempt> attempts(OrganizationId organization, UserId user, UUID endpointId, UUID deliveryId) {
		return deliveries.attempts(find(organization, user, endpointId, deliveryId).id());
	}

	/**
	 * Attempts the delivery again now, with the same {@code webhook-id} and body,
	 * whatever its status; answers it with the outcome. It does not change the automatic
	 * retries.
	 */
	public Delivery redeliver(OrganizationId organization, UserId user, UUID endpointId, UUID deliveryId) {
		return sender.attempt(find(organization, user, endpointId, deliveryId).id(), clock.instant(), true);
	}

	/**
	 * Sends a {@code webhook.test} ping now and answers its delivery with the outcome; a
	 * failed ping is retried like any delivery.
	 */
	public Delivery test(OrganizationId organization, UserId user, UUID endpointId) {
		Endpoint endpoint = endpoints.find(organization, user, endpointId);
		UUID id = queue.enqueueTest(endpoint, Map.of("url", endpoint.url(), "description", endpoint.description(),
				"events", endpoint.events().stream().map(WebhookEvent::wireName).toList()));
		dispatcher.deliver(List.of(id), clock.instant());
		return deliveries.find(id).orElseThrow();
	}

}
