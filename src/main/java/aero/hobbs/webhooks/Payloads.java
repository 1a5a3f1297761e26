package aero.hobbs.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.ResourceViews;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the body of a delivery: {@code {"type": "flight_log.created", "timestamp":
 * "<ISO-8601>", "data": <resource>}}, where the resource is what the `/v1` API answers
 * for it at this moment, rendered by the owning module's {@link ResourceViews} with the
 * API's own JSON settings. A resource that is gone (a removed member) is described by the
 * ids the event carried.
 */
@Component
class Payloads {

	private final Map<String, ResourceViews> views;

	private final JsonMapper json;

	Payloads(List<ResourceViews> views, JsonMapper json) {
		this.views = views.stream().collect(Collectors.toMap(ResourceViews::type, Function.identity()));
		this.json = json;
	}

	String body(WebhookEvent event, OrganizationId organization, String resourceId, Map<String, ?> whenGone,
			Instant now) {
		ResourceViews view = views.get(event.resourceType());
		ApiResource<?> data = (view == null) ? null : view.find(organization.value(), resourceId).orElse(null);
		return body(event, data != null ? data : new ApiResource<>(resourceId, event.resourceType(), whenGone), now);
	}

	String body(WebhookEvent event, ApiResource<?> data, Instant now) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", event.wireName());
		payload.put("timestamp", now.toString());
		payload.put("data", data);
		return json.writeValueAsString(payload);
	}

}
