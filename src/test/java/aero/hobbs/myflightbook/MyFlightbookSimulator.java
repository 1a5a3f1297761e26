package aero.hobbs.myflightbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MyFlightbook as {@code specs/myflightbook-api.md} describes it, on loopback: the
 * consent redirect, the token endpoint (code exchange, refresh with rotation, errors as
 * HTTP 200 {@code {"error":"invalid_grant"}}), and the resource endpoint for the read
 * methods with the spec's composed examples as canned JSON (omitted defaults, decimals
 * with their scale, dates with and without {@code Z}). Errors are {@code text/plain}
 * {@code Error: <message>\r\n}; write methods are refused and counted. Flights are served
 * newest first with the {@code LIMIT offset,maxCount} rules of §6.1. Every request is
 * counted and every resource call kept, so tests can assert what Hobbs sent.
 */
public final class MyFlightbookSimulator implements AutoCloseable {

	public static final String CLIENT_ID = "hobbs-test-client";

	public static final String CLIENT_SECRET = "hobbs-test-secret";

	public static final String READ_SCOPES = "currency totals readflight readaircraft visited namedqueries";

	private static final Map<String, String> SCOPE_OF = Map.ofEntries(
			Map.entry("FlightsWithQueryAndOffset", "readflight"),
			Map.entry("AvailablePropertyTypesForUser", "readflight"), Map.entry("PropertiesForFlight", "readflight"),
			Map.entry("FlightPathForFlight", "readflight"), Map.entry("FlightPathForFlightGPX", "readflight"),
			Map.entry("PendingFlightsForUser", "readflight"), Map.entry("CheckFlight", "readflight"),
			Map.entry("AutofillFlight", "readflight"), Map.entry("AircraftForUser", "readaircraft"),
			Map.entry("MakesAndModels", "readaircraft"), Map.entry("ModelsWithIDs", "readaircraft"),
			Map.entry("AircraftMatchingPrefix", "addaircraft"), Map.entry("GetCurrencyForUser", "currency"),
			Map.entry("currency", "currency"), Map.entry("TotalsForUserWithQuery", "totals"),
			Map.entry("totals", "totals"), Map.entry("VisitedAirports", "visited"),
			Map.entry("GetNamedQueries", "namedqueries"));

	/**
	 * §5.2: a faithful simulator may reject them; this one always does, and counts them.
	 */
	public static final Set<String> WRITE_METHODS = Set.of("CommitFlightWithOptions", "addFlight", "DeleteLogbookEntry",
			"DeletePropertiesForFlight", "CreatePendingFlight", "UpdatePendingFlight", "DeletePendingFlight",
			"CommitPendingFlight", "AddAircraftForUser", "DeleteAircraftForUser",
			"UpdateMaintenanceForAircraftWithFlagsAndNotes", "UpdateImageAnnotation", "DeleteImage", "AddNamedQuery",
			"DeleteNamedQuery", "UploadImage");

	/**
	 * A resource call Hobbs made; parameter names lower-cased, as MyFlightbook reads
	 * them.
	 */
	public record Received(String method, Map<String, String> parameters, @Nullable String authorization,
			@Nullable String acceptLanguage) {
	}

	private record Grant(String scopes, boolean expired) {
	}

	private record Flight(long id, String date, String json) {
	}

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger writeAttempts = new AtomicInteger();

	private final AtomicInteger counter = new AtomicInteger();

	private final List<Received> resourceCalls = new CopyOnWriteArrayList<>();

	private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

	private final Map<String, String> codes = new ConcurrentHashMap<>();

	private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();

	private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();

	private final Map<Integer, Runnable> afterPage = new ConcurrentHashMap<>();

	private final Map<Integer, Integer> holdPage = new ConcurrentHashMap<>();

	private final AtomicInteger flightsPagesAsked = new AtomicInteger();

	private final Map<Integer, Integer> askedWhenAnswered = new ConcurrentHashMap<>();

	private final List<Flight> flights = new CopyOnWriteArrayList<>();

	private final Map<String, String> canned = new ConcurrentHashMap<>();

	private volatile Duration accessTokenLifetime = Duration.ofDays(14);

	private volatile boolean expiresInAsString;

	private volatile boolean withRefreshToken = true;

	private volatile boolean authorizationRevoked;

	private volatile @Nullable String failNextStatusAndText;

	public MyFlightbookSimulator() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/logbook/mvc/oAuth/Authorize", exchange -> serve(exchange, this::authorize));
		server.createContext("/logbook/mvc/oAuth/OAuthToken", exchange -> serve(exchange, this::token));
		server.createContext("/logbook/mvc/oAuth/OAuthResource/", exchange -> serve(exchange, this::resource));
		server.start();
		flights(resource("flights.jsonl").lines().filter(line -> !line.isBlank()).toList());
		aircraft(resource("aircraft.json"));
		currency(resource("currency.json"));
		totals(resource("totals.json"));
		visitedAirports(resource("visited-airports.json"));
	}

	/**
	 * Back to the canned account and normal behaviour, for a simulator shared by a test
	 * class; issued tokens stay valid.
	 */
	public MyFlightbookSimulator reset() {
		afterPage.clear();
		accessTokenLifetime = Duration.ofDays(14);
		expiresInAsString = false;
		withRefreshToken = true;
		authorizationRevoked = false;
		failNextStatusAndText = null;
		flights(resource("flights.jsonl").lines().filter(line -> !line.isBlank()).toList());
		aircraft(resource("aircraft.json"));
		currency(resource("currency.json"));
		totals(resource("totals.json"));
		visitedAirports(resource("visited-airports.json"));
		return this;
	}

	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	// ---- set-up

	/**
	 * Replaces the pilot's flights; each a LogbookEntry object as MyFlightbook writes it.
	 */
	public MyFlightbookSimulator flights(List<String> entries) {
		flights.clear();
		entries.forEach(this::addFlight);
		return this;
	}

	public MyFlightbookSimulator addFlight(String entry) {
		JsonNode parsed = json.readTree(entry);
		flights.add(new Flight(parsed.get("FlightID").asLong(), parsed.path("Date").asString(""), entry.strip()));
		return this;
	}

	/**
	 * {@code count} simple flights, one a day back from 2026-05-31, ids 1000.. newest
	 * highest.
	 */
	public MyFlightbookSimulator manyFlights(int count) {
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(aFlight(1000 + count - i, java.time.LocalDate.of(2026, 5, 31).minusDays(i)));
		}
		return flights(entries);
	}

	/** A minimal day VFR flight with MyFlightbook's omitted defaults. */
	public static String aFlight(long flightId, java.time.LocalDate date) {
		return "{\"User\":\"pilot123\",\"AircraftID\":40211,\"Landings\":1,\"FullStopLandings\":1,\"PIC\":1.20,"
				+ "\"TotalFlightTime\":1.20,\"Route\":\"KPAE KBLI\",\"Comment\":\"\",\"Date\":\"" + date
				+ "T00:00:00\",\"FlightColorHex\":\"\",\"ErrorString\":\"\",\"FlightID\":" + flightId
				+ ",\"ModelDisplay\":\"C-172 S, Cessna  Skyhawk SP\",\"TailNumDisplay\":\"N12345\","
				+ "\"CatClassDisplay\":\"ASEL\",\"CustomProperties\":[],\"FlightImages\":[],\"Videos\":[]}";
	}

	public MyFlightbookSimulator aircraft(String jsonArray) {
		canned.put("AircraftForUser", jsonArray.strip());
		return this;
	}

	public MyFlightbookSimulator currency(String jsonArray) {
		canned.put("GetCurrencyForUser", jsonArray.strip());
		return this;
	}

	public MyFlightbookSimulator totals(String jsonArray) {
		canned.put("TotalsForUserWithQuery", jsonArray.strip());
		return this;
	}

	public MyFlightbookSimulator visitedAirports(String jsonArray) {
		canned.put("VisitedAirports", jsonArray.strip());
		return this;
	}

	/** Runs {@code change} right after the flights page at {@code offset} is served. */
	public MyFlightbookSimulator afterFlightsPage(int offset, Runnable change) {
		afterPage.put(offset, change);
		return this;
	}

	/**
	 * Holds the answer of the flights page at {@code offset} until {@code asked} flights
	 * pages have been asked for (this one included), for at most two seconds.
	 */
	public MyFlightbookSimulator holdFlightsPageUntilAsked(int offset, int asked) {
		holdPage.put(offset, asked);
		return this;
	}

	/**
	 * How many flights pages had been asked for when the page at {@code offset} was first
	 * answered (this one included); 0 if it never was.
	 */
	public int flightsPagesAskedWhenAnswering(int offset) {
		return askedWhenAnswered.getOrDefault(offset, 0);
	}

	public MyFlightbookSimulator accessTokenLifetime(Duration lifetime) {
		this.accessTokenLifetime = lifetime;
		return this;
	}

	/** {@code expires_in} as a numeric string, as MyFlightbook's own client reads it. */
	public MyFlightbookSimulator expiresInAsString() {
		this.expiresInAsString = true;
		return this;
	}

	public MyFlightbookSimulator withoutRefreshTokens() {
		this.withRefreshToken = false;
		return this;
	}

	/**
	 * The pilot revoked Hobbs in MyFlightbook's preferences: refreshes get invalid_grant.
	 */
	public MyFlightbookSimulator revokeAuthorization() {
		this.authorizationRevoked = true;
		return this;
	}

	/** Every access token issued so far now answers 401 "Token has expired!". */
	public MyFlightbookSimulator expireAccessTokens() {
		accessTokens.replaceAll((token, grant) -> new Grant(grant.scopes(), true));
		return this;
	}

	/** The next resource call answers this status with {@code Error: <text>}. */
	public MyFlightbookSimulator failNextCall(int status, String text) {
		this.failNextStatusAndText = status + " " + text;
		return this;
	}

	/** A single-use authorization code, as the consent redirect would bring. */
	public String issueCode() {
		return issueCode(READ_SCOPES);
	}

	public String issueCode(String scopes) {
		String code = "code-" + counter.incrementAndGet() + "-" + UUID.randomUUID();
		codes.put(code, scopes);
		return code;
	}

	// ---- observations

	/** Every HTTP request that reached the simulator. */
	public int requestCount() {
		return requests.get();
	}

	public int writeAttempts() {
		return writeAttempts.get();
	}

	public List<Received> resourceCalls() {
		return resourceCalls;
	}

	/** The form fields of every token request. */
	public List<Map<String, String>> tokenRequests() {
		return tokenRequests;
	}

	/** Whether this refresh token was issued and is still accepted. */
	public boolean issuedRefreshToken(String token) {
		return refreshTokens.containsKey(token);
	}

	// ---- endpoints

	private Answer authorize(String verb, Map<String, String> params) {
		if (!CLIENT_ID.equals(params.get("client_id"))) {
			return new Answer(200, "text/html; charset=utf-8", "<p>Unknown client</p>");
		}
		String code = issueCode(params.getOrDefault("scope", READ_SCOPES));
		String location = params.get("redirect_uri") + "?code=" + encode(code)
				+ (params.containsKey("state") ? "&state=" + encode(params.get("state")) : "");
		return new Answer(302, "text/html; charset=utf-8", "").withLocation(location);
	}

	private Answer token(String verb, Map<String, String> form) {
		if (!verb.equals("POST")) {
			return new Answer(404, "text/plain; charset=utf-8", "Not found");
		}
		tokenRequests.add(form);
		if (form.get("client_id") == null) {
			return text(400, "Value cannot be null.\r\nParameter name: clientId");
		}
		if (!CLIENT_ID.equals(form.get("client_id"))) {
			return text(400, "Unknown client");
		}
		if (!CLIENT_SECRET.equals(form.get("client_secret"))) {
			return error("invalid_client");
		}
		String grantType = String.valueOf(form.get("grant_type"));
		if (grantType.equals("authorization_code")) {
			String scopes = form.get("code") == null ? null : codes.remove(form.get("code"));
			return scopes == null || authorizationRevoked ? error("invalid_grant") : grant(scopes);
		}
		if (grantType.equals("refresh_token")) {
			String scopes = form.get("refresh_token") == null ? null : refreshTokens.get(form.get("refresh_token"));
			// MyFlightbook keeps older refresh tokens valid while the authorization lasts
			// (§2.5)
			return scopes == null || authorizationRevoked ? error("invalid_grant") : grant(scopes);
		}
		return error("unsupported_grant_type");
	}

	private Answer grant(String scopes) {
		int n = counter.incrementAndGet();
		String access = "gAAAA-access-" + n + "-" + UUID.randomUUID();
		accessTokens.put(access, new Grant(scopes, false));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", access);
		body.put("token_type", "bearer");
		long seconds = accessTokenLifetime.toSeconds();
		body.put("expires_in", expiresInAsString ? (Object) Long.toString(seconds) : (Object) seconds);
		if (withRefreshToken) {
			String refresh = "3ZV-refresh-" + n + "-" + UUID.randomUUID();
			refreshTokens.put(refresh, scopes);
			body.put("refresh_token", refresh);
		}
		body.put("scope", scopes);
		// MyFlightbook copies its OAuth library's body with status 200, errors included
		return new Answer(200, "application/json; charset=utf-8", json.writeValueAsString(body));
	}

	private Answer resource(String verb, Map<String, String> params, HttpExchange exchange) {
		String method = exchange.getRequestURI().getPath().substring("/logbook/mvc/oAuth/OAuthResource/".length());
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		resourceCalls
			.add(new Received(method, params, authorization, exchange.getRequestHeaders().getFirst("Accept-Language")));
		String failure = failNextStatusAndText;
		if (failure != null) {
			failNextStatusAndText = null;
			return text(Integer.parseInt(failure.substring(0, 3)), "Error: " + failure.substring(4));
		}
		String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				? authorization.substring(7).strip() : params.get("access_token");
		if (token == null) {
			return text(500, "Error: Missing access token.");
		}
		Grant grant = accessTokens.get(token);
		if (grant == null) {
			return text(500, "Error: The access token could not be decrypted or verified.");
		}
		if (grant.expired()) {
			return text(401, "Error: oAuth2 - Token has expired!");
		}
		if (WRITE_METHODS.contains(method)) {
			writeAttempts.incrementAndGet();
			return text(500, "Error: The simulator refuses write method " + method);
		}
		String scope = SCOPE_OF.get(method);
		if (scope == null) {
			return text(500, "Error: Requested value '" + method + "' was not found.");
		}
		if (!List.of(grant.scopes().split(" ")).contains(scope)) {
			return text(401, "Error: Requested action requires scope \"" + scope + "\", which is not granted.");
		}
		if (!params.getOrDefault("json", "0").matches("-?[1-9]\\d*")) {
			return text(500, "Error: The simulator answers JSON only; send json=1");
		}
		return switch (method) {
			case "FlightsWithQueryAndOffset" -> flightsPageInFlight(params);
			case "currency" -> jsonAnswer(canned.getOrDefault("GetCurrencyForUser", "[]"));
			case "totals" -> jsonAnswer(canned.getOrDefault("TotalsForUserWithQuery", "[]"));
			default -> jsonAnswer(canned.getOrDefault(method, "[]"));
		};
	}

	private Answer flightsPageInFlight(Map<String, String> params) {
		int asked = flightsPagesAsked.incrementAndGet();
		int offset = parseOr(params.get("offset"), -1);
		Integer holdUntil = holdPage.remove(offset);
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (holdUntil != null && (asked = flightsPagesAsked.get()) < holdUntil && System.nanoTime() < deadline) {
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		askedWhenAnswered.putIfAbsent(offset, asked);
		return flightsPage(params);
	}

	private static int parseOr(@Nullable String number, int otherwise) {
		try {
			return number == null ? otherwise : Integer.parseInt(number);
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	private Answer flightsPage(Map<String, String> params) {
		for (String required : List.of("fq", "offset", "maxCount")) {
			String value = params.get(required.toLowerCase(Locale.ROOT));
			if (value == null || value.isEmpty()) {
				return text(500, "Error: Required parameter '" + required + "' missing");
			}
		}
		int offset;
		int maxCount;
		try {
			json.readTree(params.get("fq"));
			offset = Integer.parseInt(params.get("offset"));
			maxCount = Integer.parseInt(params.get("maxcount"));
		}
		catch (RuntimeException ex) {
			return text(500, "Error: " + ex.getMessage());
		}
		if (offset > 0 && maxCount < 0) {
			return text(500, "Error: You have an error in your SQL syntax");
		}
		List<Flight> newestFirst = new ArrayList<>(flights);
		newestFirst.sort(Comparator.comparing(Flight::date).thenComparing(Flight::id).reversed());
		List<Flight> page = newestFirst;
		if (maxCount > 0 || offset > 0) {
			page = newestFirst.subList(Math.min(offset, newestFirst.size()),
					Math.min(offset + Math.max(maxCount, 0), newestFirst.size()));
		}
		String body = "[" + String.join(",", page.stream().map(Flight::json).toList()) + "]";
		Runnable change = afterPage.remove(offset);
		if (change != null) {
			change.run();
		}
		return jsonAnswer(body);
	}

	// ---- plumbing

	private record Answer(int status, String contentType, String body, @Nullable String location) {

		Answer(int status, String contentType, String body) {
			this(status, contentType, body, null);
		}

		Answer withLocation(String location) {
			return new Answer(status, contentType, body, location);
		}

	}

	private interface Endpoint {

		Answer answer(String verb, Map<String, String> params, HttpExchange exchange);

	}

	private interface SimpleEndpoint extends Endpoint {

		Answer answer(String verb, Map<String, String> params);

		@Override
		default Answer answer(String verb, Map<String, String> params, HttpExchange exchange) {
			return answer(verb, params);
		}

	}

	private void serve(HttpExchange exchange, SimpleEndpoint endpoint) {
		serve(exchange, (Endpoint) endpoint);
	}

	private void serve(HttpExchange exchange, Endpoint endpoint) {
		requests.incrementAndGet();
		try (exchange) {
			Map<String, String> params = new HashMap<>(decode(exchange.getRequestURI().getRawQuery()));
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
				params.putAll(decode(body));
			}
			Answer answer = endpoint.answer(exchange.getRequestMethod(), params, exchange);
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
			if (answer.location() != null) {
				exchange.getResponseHeaders().set("Location", answer.location());
			}
			exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				OutputStream out = exchange.getResponseBody();
				out.write(bytes);
			}
		}
		catch (IOException ex) {
			// Hobbs hung up: nothing more to send
		}
	}

	/**
	 * Query or form fields; names lower-cased except the OAuth ones, which are lower-case
	 * anyway.
	 */
	private static Map<String, String> decode(@Nullable String raw) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return fields;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			fields.put(name.toLowerCase(Locale.ROOT), value);
		}
		return fields;
	}

	private static Answer text(int status, String message) {
		return new Answer(status, "text/plain; charset=utf-8", message + "\r\n");
	}

	private static Answer jsonAnswer(String body) {
		return new Answer(200, "application/json; charset=utf-8", body);
	}

	private Answer error(String code) {
		return new Answer(200, "application/json; charset=utf-8", "{\"error\":\"" + code + "\"}");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String resource(String name) {
		try (InputStream in = MyFlightbookSimulator.class.getResourceAsStream("/myflightbook/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource myflightbook/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
