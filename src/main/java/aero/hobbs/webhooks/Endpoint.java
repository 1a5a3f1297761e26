package aero.hobbs.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;

import org.jspecify.annotations.Nullable;

/**
 * A URL an organization wants events POSTed to, with the events it picked. A disabled
 * endpoint gets no new deliveries; {@code disabledReason} says why Hobbs disabled it
 * (null when an admin did, or when it is enabled). {@code failingSince} is the first
 * failed attempt since the last one that succeeded.
 */
public record Endpoint(UUID id, OrganizationId organizationId, String url, String description,
		List<WebhookEvent> events, boolean enabled, @Nullable String disabledReason, @Nullable Instant failingSince,
		Instant createdAt, Instant updatedAt) {

	public Endpoint {
		events = List.copyOf(events);
	}

	public boolean subscribedTo(WebhookEvent event) {
		return events.contains(event);
	}

	/** For templates: whether the endpoint picked the event with this wire name. */
	public boolean picked(String wireName) {
		return events.stream().anyMatch(event -> event.wireName().equals(wireName));
	}

	Endpoint with(String url, String description, List<WebhookEvent> events, boolean enabled, Instant now) {
		boolean reenabled = enabled && !this.enabled;
		return new Endpoint(id, organizationId, url, description, events, enabled, enabled ? null : disabledReason,
				reenabled ? null : failingSince, createdAt, now);
	}

}
