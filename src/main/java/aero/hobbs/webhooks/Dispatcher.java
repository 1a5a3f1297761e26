package aero.hobbs.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes due deliveries and attempts them, each on its own virtual thread. Any node may
 * run it at any time: a delivery is claimed with a conditional update before it is sent,
 * so two nodes never send the same attempt, and a node that stops mid-attempt leaves the
 * delivery due again once its claim runs out.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final DeliveryRepository deliveries;

	private final Sender sender;

	private final WebhooksProperties properties;

	private final Clock clock;

	Dispatcher(DeliveryRepository deliveries, Sender sender, WebhooksProperties properties, Clock clock) {
		this.deliveries = deliveries;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	/** Attempts what is due by the clock; answers how many were attempted. */
	int deliverDue() {
		return deliverDue(clock.instant());
	}

	int deliverDue(Instant now) {
		return deliver(deliveries.due(now, properties.batchSize()), now);
	}

	/** Attempts those of the deliveries that are due at {@code now} and not taken. */
	int deliver(Collection<UUID> ids, Instant now) {
		Instant leaseUntil = now.plus(properties.timeout()).plus(Duration.ofMinutes(1));
		List<UUID> claimed = ids.stream().filter(id -> deliveries.claim(id, now, leaseUntil)).toList();
		if (claimed.isEmpty()) {
			return 0;
		}
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> running = new ArrayList<>();
			for (UUID id : claimed) {
				running.add(threads.submit(() -> attempt(id, now)));
			}
			for (Future<?> future : running) {
				try {
					future.get();
				}
				catch (Exception e) {
					log.error("A webhook attempt failed unexpectedly", e);
				}
			}
		}
		return claimed.size();
	}

	private void attempt(UUID id, Instant now) {
		try {
			sender.attempt(id, now, false);
		}
		catch (RuntimeException e) {
			// the claim runs out and the delivery is tried again
			log.error("Webhook delivery {} could not be attempted", Delivery.messageId(id), e);
		}
	}

}
