package aero.hobbs.myflightbook.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import aero.hobbs.shared.OutboundFailure;
import aero.hobbs.shared.OutboundHttp;
import aero.hobbs.shared.OutboundResponse;
import aero.hobbs.shared.UpstreamFailure;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hobbs as a confidential OAuth2 client of MyFlightbook (spec §2): the authorization URL,
 * the code exchange and the refresh. MyFlightbook answers most token errors with HTTP 200
 * and an {@code error} member (it copies the body of its OAuth library and not the
 * status), so an answer counts as a grant only when it is 2xx, has no {@code error} and
 * has an {@code access_token}.
 */
@Component
class MyFlightbookOAuth {

	static final String AUTHORIZE_PATH = "/logbook/mvc/oAuth/Authorize";

	static final String TOKEN_PATH = "/logbook/mvc/oAuth/OAuthToken";

	/**
	 * The seed's read-only set, space-separated as MyFlightbook compares them. There is
	 * no read-only variant of {@code namedqueries}; the client's whitelist keeps it to
	 * reads.
	 */
	static final String SCOPES = "currency totals readflight readaircraft visited namedqueries";

	/** What MyFlightbook grants when an answer leaves {@code expires_in} out (§2.5). */
	private static final Duration DEFAULT_LIFETIME = Duration.ofDays(14);

	private final OutboundHttp http;

	private final JsonMapper json;

	private final MyFlightbookProperties properties;

	MyFlightbookOAuth(OutboundHttp http, JsonMapper json, MyFlightbookProperties properties) {
		this.http = http;
		this.json = json;
		this.properties = properties;
	}

	/**
	 * Where to send the pilot's browser for consent; {@code state} comes back unchanged.
	 */
	URI authorizationUrl(URI redirectUri, String state) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", requireConfigured().clientId());
		query.put("redirect_uri", redirectUri.toString());
		query.put("scope", SCOPES);
		query.put("state", state);
		return URI.create(properties.endpoint(AUTHORIZE_PATH) + "?"
				+ query.entrySet()
					.stream()
					.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
					.collect(Collectors.joining("&")));
	}

	/** Exchanges the code from the callback; {@code redirectUri} must be the one sent. */
	TokenGrant exchangeCode(String code, URI redirectUri) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", redirectUri.toString());
		return requestToken(form);
	}

	/**
	 * A new access token and, as MyFlightbook rotates them, usually a new refresh token.
	 */
	TokenGrant refresh(String refreshToken) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", refreshToken);
		return requestToken(form);
	}

	private TokenGrant requestToken(Map<String, String> grant) {
		MyFlightbookProperties configured = requireConfigured();
		Map<String, String> form = new LinkedHashMap<>(grant);
		// both as form fields and no Basic header, as MyFlightbook's own client does
		// (§2.4)
		form.put("client_id", configured.clientId());
		form.put("client_secret", configured.clientSecret());
		OutboundResponse response;
		try {
			response = http.postForm(properties.endpoint(TOKEN_PATH), Map.of(), form, properties.callTimeout(),
					properties.maxResponseSize());
		}
		catch (OutboundFailure ex) {
			throw new UpstreamFailure("MyFlightbook's token endpoint could not be called: " + ex.getMessage());
		}
		return grantFrom(response, json);
	}

	/** Reads a token endpoint answer by the client rule of §2.4. */
	static TokenGrant grantFrom(OutboundResponse response, JsonMapper json) {
		JsonNode answer = parse(response.text(), json);
		if (answer != null && answer.hasNonNull("error")) {
			String error = answer.get("error").asString();
			switch (error) {
				case "invalid_grant" -> throw new ReconnectRequired(
						"MyFlightbook no longer accepts Hobbs's access to your account (invalid_grant).");
				case "invalid_client", "unauthorized_client" ->
					throw new UpstreamFailure("MyFlightbook did not accept" + " this server's client credentials ("
							+ error + "): the operator must check MFB_CLIENT_ID" + " and MFB_CLIENT_SECRET.");
				default ->
					throw new UpstreamFailure("MyFlightbook refused the token request (" + truncate(error) + ").");
			}
		}
		if (!response.successful()) {
			throw new UpstreamFailure("MyFlightbook's token endpoint answered HTTP " + response.status() + ": "
					+ truncate(response.text().strip()));
		}
		if (answer == null || !answer.hasNonNull("access_token") || answer.get("access_token").asString().isBlank()) {
			throw new UpstreamFailure("MyFlightbook's token endpoint answered without an access token.");
		}
		String refreshToken = answer.hasNonNull("refresh_token") ? answer.get("refresh_token").asString() : null;
		return new TokenGrant(answer.get("access_token").asString(),
				refreshToken == null || refreshToken.isBlank() ? null : refreshToken,
				lifetime(answer.get("expires_in")), answer.hasNonNull("scope") ? answer.get("scope").asString() : "");
	}

	/** A JSON number or, as MyFlightbook's own client reads it, a numeric string. */
	private static Duration lifetime(@Nullable JsonNode expiresIn) {
		if (expiresIn == null || expiresIn.isNull()) {
			return DEFAULT_LIFETIME;
		}
		if (expiresIn.isNumber()) {
			return Duration.ofSeconds(expiresIn.asLong());
		}
		try {
			return Duration.ofSeconds(Long.parseLong(expiresIn.asString().strip()));
		}
		catch (NumberFormatException ex) {
			return DEFAULT_LIFETIME;
		}
	}

	private static @Nullable JsonNode parse(String body, JsonMapper json) {
		String trimmed = body.strip();
		if (!trimmed.startsWith("{")) {
			return null;
		}
		try {
			return json.readTree(trimmed);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private MyFlightbookProperties requireConfigured() {
		if (!properties.configured()) {
			throw new UpstreamFailure("MyFlightbook is not set up on this server: the operator must set"
					+ " MFB_CLIENT_ID and MFB_CLIENT_SECRET.");
		}
		return properties;
	}

	private static String encode(String value) {
		// %20 rather than +, which not every server reads as a space in a query string
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String truncate(String text) {
		String line = text.lines().findFirst().orElse("");
		return line.length() <= 200 ? line : line.substring(0, 200) + "…";
	}

}
