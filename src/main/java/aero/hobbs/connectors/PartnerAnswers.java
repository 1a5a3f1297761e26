package aero.hobbs.connectors;

import java.util.regex.Pattern;

import aero.hobbs.shared.OutboundResponse;
import aero.hobbs.shared.UpstreamFailure;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a partner endpoint's answer strictly, as seed 000 asks ("Return JSON only"): a
 * JSON body with a 2xx status, or a failure whose message names what the partner sent
 * instead — an {@code {"error": ...}} object, another status, a blank body, a PHP notice
 * or other text before the JSON, HTML, or malformed JSON — in words a pilot can pass on
 * to the partner.
 */
final class PartnerAnswers {

	private static final Pattern PHP_DIAGNOSTIC = Pattern.compile(
			"(?i)^\\s*(<br\\s*/?>\\s*)?(<b>)?\\s*(notice|warning|deprecated|fatal error|parse error|strict standards)\\b");

	private PartnerAnswers() {
	}

	static JsonNode read(String partner, String endpoint, OutboundResponse response, JsonMapper json) {
		String trimmed = response.text().replace("\uFEFF", "").strip();
		JsonNode parsed = parse(trimmed, json);
		if (parsed != null && parsed.isObject() && parsed.hasNonNull("error")) {
			throw new UpstreamFailure("The partner " + partner + " answered: " + truncate(
					parsed.get("error").isString() ? parsed.get("error").asString() : parsed.get("error").toString(),
					300));
		}
		if (!response.successful()) {
			throw failure(partner, endpoint, "answered HTTP " + response.status() + " instead of 200");
		}
		if (trimmed.isEmpty()) {
			throw failure(partner, endpoint, "answered with a blank body; it must answer JSON only");
		}
		if (parsed != null) {
			return parsed;
		}
		if (PHP_DIAGNOSTIC.matcher(trimmed).find()) {
			throw failure(partner, endpoint, "answered with a PHP notice or warning before the JSON (\""
					+ truncate(firstLine(trimmed), 120) + "\"); it must answer JSON only");
		}
		if (trimmed.startsWith("<")) {
			throw failure(partner, endpoint, "answered with HTML instead of JSON");
		}
		int start = Math.min(indexOr(trimmed, '{'), indexOr(trimmed, '['));
		if (start > 0 && start < trimmed.length()) {
			throw failure(partner, endpoint, "answered with text before the JSON (\""
					+ truncate(trimmed.substring(0, start).strip(), 120) + "\"); it must answer JSON only");
		}
		throw failure(partner, endpoint, "answered with malformed JSON" + where(trimmed, json));
	}

	static UpstreamFailure failure(String partner, String endpoint, String cause) {
		return new UpstreamFailure("The partner " + partner + "'s " + endpoint + " endpoint " + cause + ".");
	}

	private static @Nullable JsonNode parse(String body, JsonMapper json) {
		if (!(body.startsWith("{") || body.startsWith("["))) {
			return null;
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private static String where(String body, JsonMapper json) {
		try {
			json.readTree(body);
			return "";
		}
		catch (JacksonException e) {
			return e.getLocation() == null ? ""
					: " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
		}
	}

	private static int indexOr(String text, char c) {
		int at = text.indexOf(c);
		return at < 0 ? Integer.MAX_VALUE : at;
	}

	private static String firstLine(String text) {
		return text.lines()
			.map(line -> line.replaceAll("<[^>]+>", "").strip())
			.filter(line -> !line.isEmpty())
			.findFirst()
			.orElse("");
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max) + "…";
	}

}
