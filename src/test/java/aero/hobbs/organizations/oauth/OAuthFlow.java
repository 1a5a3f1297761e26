package aero.hobbs.organizations.oauth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import aero.hobbs.ApiClient.Pilot;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an OAuth client and a member's browser do, over plain HTTP with cookies: the
 * member signs in through the sign-in form, the client sends them to
 * {@code /oauth2/authorize} with a PKCE challenge, the member answers the consent page,
 * and the client redeems the code at {@code /oauth2/token}. Redirects are not followed,
 * so every step can be looked at.
 */
public final class OAuthFlow {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern INPUT = Pattern.compile("<input[^>]*>");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	private final String base;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public OAuthFlow(int port) {
		this.base = "http://localhost:" + port;
	}

	/** The PKCE verifier and its S256 challenge. */
	record Pkce(String verifier, String challenge) {

		static Pkce create() {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest(verifier.getBytes(StandardCharsets.US_ASCII));
				return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** Where the consent page was reached, and the server's state to answer it with. */
	record ConsentPage(String html, String state, String clientId) {
	}

	public void signIn(Pilot pilot) {
		HttpResponse<String> login = send(get("/login"));
		String csrf = hidden(login.body(), "_csrf");
		HttpResponse<String> signedIn = send(
				post("/login", Map.of("username", pilot.email(), "password", pilot.password(), "_csrf", csrf)));
		if (signedIn.statusCode() != 302 || location(signedIn).contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " " + location(signedIn));
		}
	}

	/**
	 * Starts an authorization request; the answer is the server's redirect (or error).
	 */
	HttpResponse<String> authorize(String clientId, String redirectUri, String scopes, Pkce pkce, String state) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", clientId);
		query.put("redirect_uri", redirectUri);
		query.put("scope", scopes);
		query.put("state", state);
		if (pkce != null) {
			query.put("code_challenge", pkce.challenge());
			query.put("code_challenge_method", "S256");
		}
		return send(get("/oauth2/authorize?" + form(query)));
	}

	/** Follows the redirect of {@link #authorize} to the consent page. */
	ConsentPage consentPage(HttpResponse<String> authorizeAnswer) {
		String location = location(authorizeAnswer);
		if (!location.contains("/oauth2/consent")) {
			throw new IllegalStateException("Expected the consent page, got " + authorizeAnswer.statusCode() + " "
					+ location + " " + authorizeAnswer.body());
		}
		HttpResponse<String> page = send(get(location.replaceFirst("^https?://[^/]+", "")));
		if (page.statusCode() != 200) {
			throw new IllegalStateException("Consent page answered " + page.statusCode() + ": " + page.body());
		}
		return new ConsentPage(page.body(), hidden(page.body(), "state"), query(location).get("client_id"));
	}

	/** Posts the member's choice: the scopes allowed (none refuses). */
	HttpResponse<String> answer(ConsentPage page, List<String> allowed) {
		StringBuilder body = new StringBuilder(form(Map.of("client_id", page.clientId(), "state", page.state())));
		allowed.forEach(scope -> body.append("&scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/authorize"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/**
	 * The whole dance for a member who allows {@code allowed}: the access token answer.
	 */
	public JsonNode authorizeAndRedeem(String clientId, String redirectUri, List<String> allowed) {
		Pkce pkce = Pkce.create();
		String state = UUID.randomUUID().toString();
		HttpResponse<String> started = authorize(clientId, redirectUri, String.join(" ", allowed), pkce, state);
		// a member who allowed these scopes before is not asked again
		HttpResponse<String> back = location(started).startsWith(redirectUri) ? started
				: answer(consentPage(started), allowed);
		Map<String, String> callback = query(location(back));
		if (!state.equals(callback.get("state")) || callback.get("code") == null) {
			throw new IllegalStateException("No code came back: " + location(back));
		}
		HttpResponse<String> token = token(Map.of("grant_type", "authorization_code", "code", callback.get("code"),
				"redirect_uri", redirectUri, "client_id", clientId, "code_verifier", pkce.verifier()), null);
		if (token.statusCode() != 200) {
			throw new IllegalStateException("Token request answered " + token.statusCode() + ": " + token.body());
		}
		return json.readTree(token.body());
	}

	/**
	 * A token endpoint request; {@code basic} is "id:secret" for a confidential client.
	 */
	HttpResponse<String> token(Map<String, String> parameters, String basic) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form(parameters)));
		if (basic != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
		}
		return send(request);
	}

	HttpResponse<String> revoke(String clientId, String token) {
		return send(post("/oauth2/revoke", Map.of("client_id", clientId, "token", token)));
	}

	HttpResponse<String> page(String path) {
		return send(get(path));
	}

	HttpResponse<String> postPage(String path, Map<String, String> fields) {
		return send(post(path, fields));
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	static Map<String, String> query(String uri) {
		int question = uri.indexOf('?');
		Map<String, String> values = new LinkedHashMap<>();
		if (question < 0) {
			return values;
		}
		for (String pair : uri.substring(question + 1).split("&")) {
			int equals = pair.indexOf('=');
			values.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
					equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	static String hidden(String html, String name) {
		Matcher inputs = INPUT.matcher(html);
		while (inputs.find()) {
			String input = inputs.group();
			Matcher value = VALUE.matcher(input);
			if (input.contains("name=\"" + name + "\"") && value.find()) {
				return value.group(1).replace("&amp;", "&");
			}
		}
		throw new IllegalStateException("No hidden field " + name + " in the page");
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET();
	}

	private HttpRequest.Builder post(String path, Map<String, String> fields) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)));
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
