package aero.hobbs.connectors;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.shared.OutboundFailure;
import aero.hobbs.shared.OutboundHttp;
import aero.hobbs.shared.OutboundResponse;
import aero.hobbs.shared.UpstreamFailure;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
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

	private static final Pattern PHP_DIAGNOSTIC = Pattern.compile(
			"(?i)^\\s*(<br\\s*/?>\\s*)?(<b>)?\\s*(notice|warning|deprecated|fatal error|parse error|strict standards)\\b");

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
		return read(connector, name, response);
	}

	JsonNode read(Connector connector, String name, OutboundResponse response) {
		String body = response.text();
		String trimmed = body.strip().replace("\uFEFF", "");
		JsonNode parsed = parse(trimmed);
		if (parsed != null && parsed.isObject() && parsed.get("error") != null) {
			throw new UpstreamFailure(
					"The partner " + connector.name() + " answered: " + truncate(parsed.get("error").asString(), 300));
		}
		if (!response.successful()) {
			throw failure(connector, name, "answered HTTP " + response.status() + " instead of 200");
		}
		if (trimmed.isEmpty()) {
			throw failure(connector, name, "answered with a blank body; it must answer JSON only");
		}
		if (parsed != null) {
			return parsed;
		}
		if (PHP_DIAGNOSTIC.matcher(trimmed).find()) {
			throw failure(connector, name, "answered with a PHP notice or warning before the JSON (\""
					+ truncate(firstLine(trimmed), 120) + "\"); it must answer JSON only");
		}
		if (trimmed.startsWith("<")) {
			throw failure(connector, name, "answered with HTML instead of JSON");
		}
		int json = Math.min(indexOr(trimmed, '{'), indexOr(trimmed, '['));
		if (json > 0 && json < trimmed.length()) {
			throw failure(connector, name, "answered with text before the JSON (\""
					+ truncate(trimmed.substring(0, json).strip(), 120) + "\"); it must answer JSON only");
		}
		throw failure(connector, name, "answered with malformed JSON" + where(trimmed));
	}

	private JsonNode parse(String body) {
		if (body.isEmpty() || !(body.startsWith("{") || body.startsWith("["))) {
			return null;
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private String where(String body) {
		try {
			json.readTree(body);
			return "";
		}
		catch (JacksonException e) {
			return e.getLocation() == null ? ""
					: " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
		}
	}

	private static UpstreamFailure failure(Connector connector, String endpoint, String cause) {
		return new UpstreamFailure("The partner " + connector.name() + "'s " + endpoint + " endpoint " + cause + ".");
	}

	private static int indexOr(String text, char c) {
		int at = text.indexOf(c);
		return at < 0 ? Integer.MAX_VALUE : at;
	}

	private static String firstLine(String text) {
		String line = text.lines().findFirst().orElse("");
		return line.replaceAll("<[^>]+>", "").strip();
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max) + "…";
	}

}
