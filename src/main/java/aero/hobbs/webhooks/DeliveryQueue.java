package aero.hobbs.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.web.ApiResource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns one event into one delivery per enabled endpoint of the organization that picked
 * it, with the body frozen now. The delivery id is derived from the event publication and
 * the endpoint, so handling the same publication twice writes nothing new. After the
 * commit the first attempts start on this node at once; the poll picks up whatever they
 * leave.
 */
@Component
class DeliveryQueue {

	private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

	private final EndpointRepository endpoints;

	private final DeliveryRepository deliveries;

	private final EventPublications publications;

	private final Payloads payloads;

	private final Dispatcher dispatcher;

	private final Clock clock;

	DeliveryQueue(EndpointRepository endpoints, DeliveryRepository deliveries, EventPublications publications,
			Payloads payloads, Dispatcher dispatcher, Clock clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.publications = publications;
		this.payloads = payloads;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	/**
	 * @param event the domain event, as the listener received it
	 * @param listenerId the listener's id in the publication registry
	 * @param whenGone the attributes to send should the resource no longer exist
	 */
	@Transactional
	List<UUID> enqueue(Object event, String listenerId, OrganizationId organization, WebhookEvent type,
			String resourceId, Map<String, ?> whenGone) {
		List<Endpoint> targets = endpoints.list(organization)
			.stream()
			.filter(endpoint -> endpoint.enabled() && endpoint.subscribedTo(type))
			.toList();
		if (targets.isEmpty()) {
			return List.of();
		}
		UUID publication = publications.incomplete(event, listenerId).orElseGet(() -> {
			log.warn("No incomplete publication of {} for {}; its deliveries are not deduplicated",
					event.getClass().getSimpleName(), listenerId);
			return UUID.randomUUID();
		});
		Instant now = clock.instant();
		String body = payloads.body(type, organization, resourceId, whenGone, now);
		List<UUID> written = new ArrayList<>();
		for (Endpoint endpoint : targets) {
			UUID id = UUID.nameUUIDFromBytes((publication + "/" + endpoint.id()).getBytes(StandardCharsets.UTF_8));
			if (deliveries.insert(id, endpoint, type, body, now)) {
				written.add(id);
			}
		}
		attemptAfterCommit(written);
		return written;
	}

	/** A delivery of {@code webhook.test} to one endpoint; answers its id. */
	@Transactional
	UUID enqueueTest(Endpoint endpoint, Map<String, ?> attributes) {
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		String body = payloads.body(WebhookEvent.TEST,
				new ApiResource<>(endpoint.id().toString(), WebhookEvent.TEST.resourceType(), attributes), now);
		deliveries.insert(id, endpoint, WebhookEvent.TEST, body, now);
		return id;
	}

	private void attemptAfterCommit(List<UUID> ids) {
		if (ids.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Thread.ofVirtual().name("webhooks-first-attempt").start(() -> dispatcher.deliver(ids, clock.instant()));
			}
		});
	}

}
