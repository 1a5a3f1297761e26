package aero.hobbs.myflightbook.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import aero.hobbs.shared.OutboundFailure;
import aero.hobbs.shared.OutboundHttp;
import aero.hobbs.shared.OutboundResponse;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Reads a pilot's MyFlightbook account through its OAuth web service (spec §3) and
 * answers MyFlightbook's JSON as it came, with its omitted defaults (§4). Only the read
 * methods of {@link #READ_METHODS} are ever called: MyFlightbook shares aircraft records
 * between pilots, so a stray write could change other people's data, and any other name
 * fails with a {@code BLOCKED:} message before anything is sent, whatever the host. Calls
 * for one pilot are spaced {@code hobbs.myflightbook.call-spacing} apart; a refused token
 * is refreshed and the call retried once.
 */
@Component
public class MyFlightbookClient {

	static final String RESOURCE_PATH = "/logbook/mvc/oAuth/OAuthResource/";

	/** The seed's batch size for flights. */
	static final int FLIGHT_PAGE_SIZE = 50;

	/**
	 * Flight pages in flight at once when calls are not spaced (call spacing 0, an
	 * operator's choice for a MyFlightbook of their own): a page's round trip then
	 * overlaps the others' and the storing of the one before.
	 */
	static final int UNSPACED_PAGES_AHEAD = 4;

	/**
	 * The read methods of spec §5.1 an import needs, spelled as MyFlightbook's
	 * case-sensitive method names. {@code AircraftMatchingPrefix} is left out: it needs
	 * the write scope {@code addaircraft}.
	 */
	static final Set<String> READ_METHODS = Set.of("FlightsWithQueryAndOffset", "AvailablePropertyTypesForUser",
			"PropertiesForFlight", "FlightPathForFlight", "FlightPathForFlightGPX", "PendingFlightsForUser",
			"AircraftForUser", "MakesAndModels", "ModelsWithIDs", "GetCurrencyForUser", "TotalsForUserWithQuery",
			"VisitedAirports", "GetNamedQueries");

	private final OutboundHttp http;

	private final JsonMapper json;

	private final MyFlightbookConnection connection;

	private final MyFlightbookProperties properties;

	private final CallSpacer spacer;

	MyFlightbookClient(OutboundHttp http, JsonMapper json, MyFlightbookConnection connection,
			MyFlightbookProperties properties) {
		this.http = http;
		// decimals as BigDecimal with MyFlightbook's scale (1.50, 1.8000), never doubles
		// (spec §4)
		this.json = json.rebuild()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
			.build();
		this.connection = connection;
		this.properties = properties;
		this.spacer = new CallSpacer(properties.callSpacing());
	}

	/** {@code AircraftForUser}: the pilot's aircraft and simulators (§7). */
	public JsonNode aircraft(UserId pilot) {
		return call(pilot, "AircraftForUser", Map.of());
	}

	/** {@code GetCurrencyForUser}, labels in en-US (§8). */
	public JsonNode currency(UserId pilot) {
		return call(pilot, "GetCurrencyForUser", Map.of());
	}

	/** {@code TotalsForUserWithQuery} over all time (§9). */
	public JsonNode totals(UserId pilot) {
		return call(pilot, "TotalsForUserWithQuery", Map.of());
	}

	/** {@code VisitedAirports} (§10). */
	public JsonNode visitedAirports(UserId pilot) {
		return call(pilot, "VisitedAirports", Map.of());
	}

	/**
	 * {@code AvailablePropertyTypesForUser}: what the flights' custom property ids mean
	 * (§6.5).
	 */
	public JsonNode propertyTypes(UserId pilot) {
		return call(pilot, "AvailablePropertyTypesForUser", Map.of());
	}

	/**
	 * Hands all the pilot's flights to {@code page}, newest first, a page of at most 50
	 * at a time. MyFlightbook pages by offset, so a flight logged or deleted meanwhile
	 * shifts the pages: a flight already handed over is never handed over again (by
	 * {@code FlightID}), but one that moved into an earlier page is missed until the next
	 * sync.
	 * @return how many distinct flights were handed over
	 */
	public int forEachFlightPage(UserId pilot, Consumer<List<JsonNode>> page) {
		return forEachFlightPage(pilot, "{}", page);
	}

	/**
	 * As {@link #forEachFlightPage(UserId, Consumer)}, for a FlightQuery in JSON (§6.4).
	 */
	public int forEachFlightPage(UserId pilot, String flightQuery, Consumer<List<JsonNode>> page) {
		Set<Long> seen = new HashSet<>();
		// the next pages are asked for while the caller stores this one, so that fetching
		// and storing overlap; spaced calls queue one behind the other anyway, so only
		// unspaced ones keep several pages in flight
		int depth = properties.callSpacing().isZero() ? UNSPACED_PAGES_AHEAD : 1;
		Deque<Future<JsonNode>> pending = new ArrayDeque<>(depth);
		try (ExecutorService ahead = Executors.newVirtualThreadPerTaskExecutor()) {
			try {
				int requested = 0;
				while (pending.size() < depth) {
					pending.add(requestPage(ahead, pilot, flightQuery, requested));
					requested += FLIGHT_PAGE_SIZE;
				}
				while (true) {
					JsonNode flights = await(pending.remove());
					if (!flights.isArray()) {
						throw new UpstreamFailure(
								"MyFlightbook answered the flights request without a list of flights.");
					}
					List<JsonNode> fresh = new ArrayList<>(flights.size());
					for (JsonNode flight : flights) {
						if (seen.add(flight.path("FlightID").asLong(0))) {
							fresh.add(flight);
						}
					}
					// a short page is the last; a full page of repeats means the server
					// ignores the offset
					boolean last = flights.size() < FLIGHT_PAGE_SIZE || fresh.isEmpty();
					if (!last) {
						pending.add(requestPage(ahead, pilot, flightQuery, requested));
						requested += FLIGHT_PAGE_SIZE;
					}
					if (!fresh.isEmpty()) {
						page.accept(fresh);
					}
					if (last) {
						return seen.size();
					}
				}
			}
			finally {
				// pages asked for past the last one answer nothing anyone needs
				pending.forEach(request -> request.cancel(true));
			}
		}
	}

	private Future<JsonNode> requestPage(ExecutorService ahead, UserId pilot, String flightQuery, int offset) {
		return ahead.submit(() -> flightsPage(pilot, flightQuery, offset));
	}

	private JsonNode flightsPage(UserId pilot, String flightQuery, int offset) {
		return call(pilot, "FlightsWithQueryAndOffset", Map.of("fq", flightQuery, "offset", Integer.toString(offset),
				"maxCount", Integer.toString(FLIGHT_PAGE_SIZE)));
	}

	/** The page's answer, or what its call threw, as if called here. */
	private static JsonNode await(Future<JsonNode> page) {
		try {
			return page.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UpstreamFailure("The MyFlightbook import was interrupted.");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * Calls a read method with its parameters (typed ones as JSON text, §3.2) and answers
	 * the JSON, or JSON null for MyFlightbook's empty body.
	 * @throws IllegalArgumentException starting {@code BLOCKED:} for any method not on
	 * the whitelist, before any network activity
	 * @throws ReconnectRequired when MyFlightbook refuses the pilot's tokens even after a
	 * refresh
	 */
	public JsonNode call(UserId pilot, String method, Map<String, String> parameters) {
		if (!READ_METHODS.contains(method)) {
			throw new IllegalArgumentException("BLOCKED: MyFlightbook method '" + method
					+ "' is not on Hobbs's read-only whitelist; Hobbs never writes to MyFlightbook.");
		}
		URI url = url(method, parameters);
		String token = connection.validAccessToken(pilot);
		OutboundResponse response = send(pilot, url, token);
		if (refusedToken(response)) {
			response = send(pilot, url, connection.refreshAfterUnauthorized(pilot, token));
			if (refusedToken(response)) {
				throw new ReconnectRequired("MyFlightbook refused Hobbs's access (" + message(response) + ").");
			}
		}
		if (!response.successful()) {
			throw new UpstreamFailure(
					"MyFlightbook answered " + method + " with HTTP " + response.status() + ": " + message(response));
		}
		String body = response.text().strip().replace("\uFEFF", "");
		if (body.isEmpty()) {
			return NullNode.getInstance();
		}
		try {
			return read(body);
		}
		catch (JacksonException ex) {
			throw new UpstreamFailure("MyFlightbook answered " + method + " with something other than JSON.");
		}
	}

	/** MyFlightbook's JSON read as every answer is, decimals with their scale. */
	JsonNode read(String body) {
		return json.readTree(body);
	}

	private OutboundResponse send(UserId pilot, URI url, String token) {
		spacer.awaitTurn(pilot);
		try {
			// en-US so that currency and totals labels are the catalogue of spec §8.4
			return http.get(url, Map.of("Authorization", "Bearer " + token, "Accept-Language", "en-US"),
					properties.callTimeout(), properties.maxResponseSize());
		}
		catch (OutboundFailure ex) {
			throw new UpstreamFailure("MyFlightbook could not be called: " + ex.getMessage());
		}
	}

	private URI url(String method, Map<String, String> parameters) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("json", "1");
		query.putAll(parameters);
		return URI.create(properties.endpoint(RESOURCE_PATH + method) + "?"
				+ query.entrySet()
					.stream()
					.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
					.collect(Collectors.joining("&")));
	}

	/**
	 * 401 is MyFlightbook's answer to an expired token; its OAuth library still answers a
	 * token it cannot read, or none, with a 500 that names the token (spec §3.5).
	 */
	private static boolean refusedToken(OutboundResponse response) {
		if (response.status() == 401) {
			return true;
		}
		String text = response.text().toLowerCase(Locale.ROOT);
		return response.status() == 500 && (text.contains("token") || text.contains("expired"));
	}

	/** MyFlightbook's error text without its {@code Error: } prefix, one line, short. */
	private static String message(OutboundResponse response) {
		String line = response.text().strip().lines().findFirst().orElse("").strip();
		if (line.startsWith("Error:")) {
			line = line.substring("Error:".length()).strip();
		}
		return line.length() <= 200 ? line : line.substring(0, 200) + "…";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
