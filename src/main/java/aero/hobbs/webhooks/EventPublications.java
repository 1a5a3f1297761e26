package aero.hobbs.webhooks;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

/**
 * Finds the event publication a listener is working on in Spring Modulith's registry, so
 * that deliveries can be keyed by it: a publication resubmitted after a crash then writes
 * no second delivery. Modulith itself tells publications apart by listener and serialized
 * event (that is how it marks them completed), so this looks them up the same way and
 * takes the oldest incomplete one.
 */
@Component
class EventPublications {

	private final JdbcClient jdbc;

	private final EventSerializer serializer;

	EventPublications(JdbcClient jdbc, EventSerializer serializer) {
		this.jdbc = jdbc;
		this.serializer = serializer;
	}

	Optional<UUID> incomplete(Object event, String listenerId) {
		String serialized = serializer.serialize(event).toString();
		return jdbc
			.sql("SELECT id FROM event_publication WHERE listener_id = ? AND serialized_event = ? "
					+ "AND completion_date IS NULL ORDER BY publication_date LIMIT 1")
			.params(listenerId, serialized)
			.query(UUID.class)
			.optional();
	}

}
