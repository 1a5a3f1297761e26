package aero.hobbs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running Hobbs over real HTTP, as an integrator would: JSON in, JSON out,
 * bearer keys. Each pilot it creates has a fresh email, so tests never depend on what
 * else is in the database.
 */
public final class ApiClient {

	public static final String ADMIN_TOKEN = "test-admin-token";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	public ApiClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public record Response(int status, HttpResponse<String> raw, JsonNode body) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	/** A new pilot, created through the admin API, with a personal API key. */
	public record Pilot(String id, String email, String password, String key) {
	}

	public Pilot newPilot() {
		return newPilot("Test Pilot");
	}

	/** A new pilot with this name. */
	public Pilot newPilot(String name) {
		String email = "pilot-" + UUID.randomUUID() + "@example.com";
		Response created = send("POST", "/api/admin/users", ADMIN_TOKEN,
				Map.of("email", email, "password", "correct-horse-1", "name", name, "create_api_key", true));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create a pilot: " + created.raw().body());
		}
		JsonNode data = created.body().get("data");
		return new Pilot(data.get("id").asString(), email, "correct-horse-1",
				data.get("attributes").get("api_key").asString());
	}

	/** A GET that accepts any content type, as a scraper or a browser would. */
	public HttpResponse<String> getText(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Response get(String path, String bearer) {
		return send("GET", path, bearer, null);
	}

	public Response send(String method, String path, String bearer, Object body) {
		return sendRaw(method, path, bearer, body == null ? null : json.writeValueAsString(body));
	}

	public Response sendRaw(String method, String path, String bearer, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode parsed = text == null || text.isBlank() || !text.trim().startsWith("{")
					? json.getNodeFactory().nullNode() : json.readTree(text);
			return new Response(response.statusCode(), response, parsed);
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
