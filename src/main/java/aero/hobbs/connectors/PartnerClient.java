package aero.hobbs.connectors;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.shared.OutboundFailure;
import aero.hobbs.shared.OutboundHttp;
import aero.hobbs.shared.OutboundResponse;
import aero.hobbs.shared.UpstreamFailure;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a partner's endpoints (seed 000, directions 2 and 3) with the connector's key and
 * reads their answers strictly: JSON only. An answer that fails as a whole becomes an
 * {@link UpstreamFailure} whose message names the cause, in words a pilot can pass on to
 * the partner.
 */
@Component
class PartnerClient {

	private final OutboundHttp http;

	private final JsonMapper json;

	private final ConnectorsProperties properties;

	PartnerClient(OutboundHttp http, JsonMapper json, ConnectorsProperties properties) {
		this.http = http;
		this.json = json;
		this.properties = properties;
	}

	/**
	 * Asks the partner whether the user is still allowed. Empty when it answered
	 * {@code {"ok": true}}; otherwise the reason to show.
	 */
	String check(Registrations.PartnerCall call) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("email", call.email());
		payload.put("access_token", call.accessToken());
		JsonNode answer = call(call.connector(), call.apiKey(), call.connector().endpointCheckuser(), "checkuser",
				payload, properties.checkTimeout().toSeconds());
		if (answer.isObject() && answer.path("ok").asBoolean(false)) {
			return "";
		}
		return "The partner did not confirm the user: its checkuser endpoint must answer {\"ok\": true}";
	}

	/**
	 * The partner's new items for the user: each a JSON value, in the partner's order.
	 */
	List<JsonNode> newItems(Registrations.PartnerCall call, Collection<String> syncedUids) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("email", call.email());
		payload.put("access_token", call.accessToken());
		payload.put("synced_partner_item_uids", syncedUids);
		payload.put("syncable_flight_columns", FlightColumn.SYNCABLE.stream().map(FlightColumn::wireName).toList());
		JsonNode answer = call(call.connector(), call.apiKey(), call.connector().endpointGetnewids(), "getnewids",
				payload, properties.fetchTimeout().toSeconds());
		JsonNode items = answer.isArray() ? answer : answer.get("items");
		if (items == null || !items.isArray()) {
			throw failure(call.connector(), "getnewids",
					"answered JSON without an \"items\" array; it must answer {\"items\": [...]} or a top-level array");
		}
		List<JsonNode> list = new ArrayList<>(items.size());
		items.forEach(list::add);
		return list;
	}

	private JsonNode call(Connector connector, String apiKey, String endpoint, String name, Object payload,
			long timeoutSeconds) {
		OutboundResponse response;
		try {
			response = http.postJson(URI.create(endpoint), apiKey, json.writeValueAsString(payload),
					name.equals("checkuser") ? properties.checkTimeout() : properties.fetchTimeout(),
					properties.maxResponseSize());
		}
		catch (OutboundFailure e) {
			throw failure(connector, name, switch (e.kind()) {
				case TIMEOUT -> "did not answer within " + timeoutSeconds + " seconds";
				case TOO_LARGE -> "answered with more than " + properties.maxResponseSize().toMegabytes() + " MB";
				default -> "could not be called: " + e.getMessage();
			});
		}
		return PartnerAnswers.read(connector.name(), name, response, json);
	}

	private static UpstreamFailure failure(Connector connector, String endpoint, String cause) {
		return PartnerAnswers.failure(connector.name(), endpoint, cause);
	}

}
