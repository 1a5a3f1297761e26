package aero.hobbs.webhooks.web;

import java.time.Instant;
import java.util.List;

import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.webhooks.Endpoint;
import aero.hobbs.webhooks.WebhookEvent;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The attributes of a {@code webhook_endpoint}. {@code secret} is there only in the
 * answers to creating the endpoint and rotating its secret.
 */
record EndpointResource(String url, String description, List<String> events, boolean enabled,
		@Nullable String disabledReason, @Nullable Instant failingSince, Instant createdAt, Instant updatedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String secret) {

	static ApiResource<EndpointResource> of(Endpoint endpoint) {
		return of(endpoint, null);
	}

	static ApiResource<EndpointResource> of(Endpoint endpoint, @Nullable String secret) {
		return new ApiResource<>(endpoint.id().toString(), "webhook_endpoint",
				new EndpointResource(endpoint.url(), endpoint.description(),
						endpoint.events().stream().map(WebhookEvent::wireName).toList(), endpoint.enabled(),
						endpoint.disabledReason(), endpoint.failingSince(), endpoint.createdAt(), endpoint.updatedAt(),
						secret));
	}

}
