package aero.hobbs.myflightbook.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads MyFlightbook's free-text {@code Route} into departure, destination and the points
 * between.
 * <p>
 * Tokens: like MyFlightbook, any run of characters other than letters and digits
 * separates airports (spaces, commas, dashes, {@code >} ...), except {@code /}, which
 * starts a runway qualifier that is dropped ({@code KJFK/28R} is {@code KJFK}). Tokens
 * are upper-cased. The first token is the departure, the last the destination; one token
 * is both (a local flight). The tokens between are kept as text in {@code route_via}.
 * <p>
 * Codes: the seed cut every code to 4 characters, which silently turns a long code into a
 * wrong one. Here an endpoint is a code only if it names a known airport: the token as
 * written, else its first 4 characters (the seed's cut), else it is left out of the
 * airport column and reported as unresolved, so the caller can keep it visible.
 */
final class RouteReader {

	/** The seed's code length. */
	static final int SEED_CODE_LENGTH = 4;

	private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9/]+");

	private final Predicate<String> knownAirport;

	/**
	 * @param knownAirport whether a code names an airport the pilot's logbook will accept
	 */
	RouteReader(Predicate<String> knownAirport) {
		this.knownAirport = knownAirport;
	}

	static List<String> tokens(String route) {
		return Arrays.stream(SEPARATORS.split(route.trim()))
			.map(token -> token.contains("/") ? token.substring(0, token.indexOf('/')) : token)
			.filter(token -> !token.isEmpty())
			.map(token -> token.toUpperCase(Locale.ROOT))
			.toList();
	}

	Route read(String route) {
		List<String> tokens = tokens(route);
		if (tokens.isEmpty()) {
			return new Route(null, null, "", List.of(), List.of());
		}
		List<String> unresolved = new ArrayList<>();
		List<String> truncated = new ArrayList<>();
		String departure = resolve(tokens.getFirst(), unresolved, truncated);
		String destination = tokens.size() == 1 ? departure : resolve(tokens.getLast(), unresolved, truncated);
		String via = tokens.size() > 2 ? String.join(" ", tokens.subList(1, tokens.size() - 1)) : "";
		return new Route(departure, destination, via, List.copyOf(unresolved), List.copyOf(truncated));
	}

	private @Nullable String resolve(String token, List<String> unresolved, List<String> truncated) {
		if (knownAirport.test(token)) {
			return token;
		}
		if (token.length() > SEED_CODE_LENGTH) {
			String cut = token.substring(0, SEED_CODE_LENGTH);
			if (knownAirport.test(cut)) {
				truncated.add(token + " as " + cut);
				return cut;
			}
		}
		unresolved.add(token);
		return null;
	}

	/**
	 * @param departure a known airport code, or null
	 * @param destination a known airport code, or null
	 * @param via the tokens between, space-separated, or ""
	 * @param unresolved endpoint tokens that name no known airport
	 * @param truncated endpoint tokens read by their first 4 characters,
	 * {@code "KPAEX as KPAE"}
	 */
	record Route(@Nullable String departure, @Nullable String destination, String via, List<String> unresolved,
			List<String> truncated) {

	}

}
