package aero.hobbs.myflightbook.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

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

	private final Predicate<String> knownAirport;

	/**
	 * @param knownAirport whether a code names an airport the pilot's logbook will accept
	 */
	RouteReader(Predicate<String> knownAirport) {
		this.knownAirport = knownAirport;
	}

	/**
	 * The runs of ASCII letters, digits and {@code /}, each cut at its first {@code /},
	 * upper-cased, empty ones left out; read in one pass, as every flight's route is.
	 */
	static List<String> tokens(String route) {
		List<String> tokens = new ArrayList<>(4);
		int length = route.length();
		int start = -1;
		for (int i = 0; i <= length; i++) {
			boolean part = i < length && isTokenChar(route.charAt(i));
			if (part && start < 0) {
				start = i;
			}
			else if (!part && start >= 0) {
				String token = route.substring(start, i);
				int slash = token.indexOf('/');
				if (slash >= 0) {
					token = token.substring(0, slash);
				}
				if (!token.isEmpty()) {
					tokens.add(token.toUpperCase(Locale.ROOT));
				}
				start = -1;
			}
		}
		return List.copyOf(tokens);
	}

	private static boolean isTokenChar(char c) {
		return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/';
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
