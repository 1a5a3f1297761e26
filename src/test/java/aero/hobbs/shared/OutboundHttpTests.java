package aero.hobbs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import aero.hobbs.shared.OutboundFailure.Kind;

/** Against a real JDK HTTP server on loopback, as a partner's endpoint would answer. */
class OutboundHttpTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final Duration SHORT = Duration.ofMillis(300);

	private static final DataSize ONE_MB = DataSize.ofMegabytes(1);

	private final OutboundHttp http = new OutboundHttp(new OutboundProperties(true));

	private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

	private final AtomicInteger requests = new AtomicInteger();

	private HttpServer server;

	@BeforeEach
	void startPeer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders(),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			answer(exchange, 200, "application/json", "{\"ok\":true}");
		});
		server.createContext("/broken", exchange -> answer(exchange, 500, "text/plain", "boom"));
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().set("Location", "/elsewhere");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		server.createContext("/elsewhere", exchange -> {
			requests.incrementAndGet();
			answer(exchange, 200, "text/plain", "followed");
		});
		server.createContext("/huge", exchange -> stream(exchange, 0));
		server.createContext("/huge-declared", exchange -> stream(exchange, 2 << 20));
		server.createContext("/sleepy", exchange -> {
			pause(Duration.ofSeconds(3));
			answer(exchange, 200, "application/json", "{}");
		});
		server.createContext("/dribble", exchange -> {
			exchange.sendResponseHeaders(200, 50);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 50; i++) {
					out.write('x');
					out.flush();
					pause(Duration.ofMillis(100));
				}
			}
			catch (IOException ex) {
				// the client hung up at its deadline
			}
		});
		server.start();
	}

	@AfterEach
	void stopPeer() {
		server.stop(0);
		http.close();
	}

	@Test
	void postsJsonWithTheBearerToken() {
		OutboundResponse response = http.postJson(url("/checkuser"), "tok-123", "{\"email\":\"a@b.example\"}", TIMEOUT,
				ONE_MB);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.successful()).isTrue();
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(response.text()).isEqualTo("{\"ok\":true}");
		assertThat(response.elapsed()).isPositive().isLessThan(TIMEOUT);
		Received request = received.remove();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/checkuser");
		assertThat(request.body()).isEqualTo("{\"email\":\"a@b.example\"}");
		assertThat(request.header("Authorization")).isEqualTo("Bearer tok-123");
		assertThat(request.header("Accept")).isEqualTo("application/json");
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		assertThat(request.header("User-Agent")).isEqualTo("Hobbs");
	}

	@Test
	void postsJsonWithoutAuthorizationWhenThereIsNoToken() {
		http.postJson(url("/checkuser"), null, "{}", TIMEOUT, ONE_MB);

		assertThat(received.remove().headers().containsKey("Authorization")).isFalse();
	}

	@Test
	void getsWithTheCallersHeaders() {
		OutboundResponse response = http.get(url("/flights"), Map.of("Accept", "text/csv", "X-Trace", "7"), TIMEOUT,
				ONE_MB);

		assertThat(response.status()).isEqualTo(200);
		Received request = received.remove();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.header("Accept")).isEqualTo("text/csv");
		assertThat(request.header("X-Trace")).isEqualTo("7");
		assertThat(request.body()).isEmpty();
	}

	@Test
	void postsAnEncodedForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", "a b&c=d");
		form.put("redirect_uri", "https://hobbs.example/callback?x=1");

		http.postForm(url("/token"), Map.of("Authorization", "Basic Y2xpZW50OnNlY3JldA=="), form, TIMEOUT, ONE_MB);

		Received request = received.remove();
		assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
		assertThat(request.header("Authorization")).isEqualTo("Basic Y2xpZW50OnNlY3JldA==");
		assertThat(request.body()).isEqualTo(
				"grant_type=authorization_code&code=a+b%26c%3Dd&redirect_uri=https%3A%2F%2Fhobbs.example%2Fcallback%3Fx%3D1");
	}

	@Test
	void returnsAServerErrorAsAResponse() {
		OutboundResponse response = http.postJson(url("/broken"), "tok", "{}", TIMEOUT, ONE_MB);

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.successful()).isFalse();
		assertThat(response.text()).isEqualTo("boom");
	}

	@Test
	void returnsARedirectWithoutFollowingIt() {
		OutboundResponse response = http.get(url("/moved"), Map.of(), TIMEOUT, ONE_MB);

		assertThat(response.status()).isEqualTo(302);
		assertThat(requests).hasValue(0);
	}

	@Test
	void stopsReadingABodyOverTheCap() {
		assertThatExceptionOfType(OutboundFailure.class)
			.isThrownBy(() -> http.get(url("/huge"), Map.of(), TIMEOUT, ONE_MB))
			.satisfies(failure -> assertThat(failure.kind()).isEqualTo(Kind.TOO_LARGE))
			.withMessage("127.0.0.1 answered with more than 1 MB");
	}

	@Test
	void refusesADeclaredLengthOverTheCap() {
		assertThatExceptionOfType(OutboundFailure.class)
			.isThrownBy(() -> http.get(url("/huge-declared"), Map.of(), TIMEOUT, ONE_MB))
			.satisfies(failure -> assertThat(failure.kind()).isEqualTo(Kind.TOO_LARGE));
	}

	@Test
	void readsABodyOfExactlyTheCap() {
		OutboundResponse response = http.get(url("/huge"), Map.of(), TIMEOUT, DataSize.ofMegabytes(2));

		assertThat(response.body()).hasSize(2 << 20);
	}

	@Test
	void timesOutWhenThePeerIsSlowToAnswer() {
		long start = System.nanoTime();
		assertThatExceptionOfType(OutboundFailure.class)
			.isThrownBy(() -> http.postJson(url("/sleepy"), "secret-token", "{\"secret\":1}", SHORT, ONE_MB))
			.satisfies(failure -> assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT))
			.withMessage("127.0.0.1 did not answer within 0.3 seconds")
			.withMessageNotContaining("secret");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void timesOutWhenTheBodyDribblesPastTheDeadline() {
		long start = System.nanoTime();
		assertThatExceptionOfType(OutboundFailure.class)
			.isThrownBy(() -> http.get(url("/dribble"), Map.of(), SHORT, ONE_MB))
			.satisfies(failure -> assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void failsToConnectToAClosedPort() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}

		assertThatExceptionOfType(OutboundFailure.class)
			.isThrownBy(() -> http.get(URI.create("http://127.0.0.1:" + closedPort + "/"), Map.of(), TIMEOUT, ONE_MB))
			.satisfies(failure -> assertThat(failure.kind()).isEqualTo(Kind.CONNECTION))
			.withMessage("Could not connect to 127.0.0.1: connection refused");
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "localhost", "[::1]", "0.0.0.0" })
	void refusesLoopbackUnlessPrivateNetworksAreAllowed(String host) {
		try (OutboundHttp guarded = new OutboundHttp(new OutboundProperties(false))) {
			URI url = URI.create("http://" + host + ":" + server.getAddress().getPort() + "/checkuser");

			assertThatExceptionOfType(OutboundFailure.class)
				.isThrownBy(() -> guarded.postJson(url, "tok", "{}", TIMEOUT, ONE_MB))
				.satisfies(failure -> assertThat(failure.kind()).isEqualTo(Kind.REFUSED_ADDRESS))
				.withMessageContaining("HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS=true");
		}
		assertThat(requests).hasValue(0);
	}

	@Test
	void namesTheKindOfAddressItRefuses() {
		try (OutboundHttp guarded = new OutboundHttp(new OutboundProperties(false))) {
			assertThatExceptionOfType(OutboundFailure.class)
				.isThrownBy(() -> guarded.get(url("/"), Map.of(), TIMEOUT, ONE_MB))
				.withMessage("127.0.0.1 resolves to a loopback address, which Hobbs does not call "
						+ "(set HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS=true to allow it)");
		}
	}

	@Test
	void refusesANonHttpUrl() {
		assertThatExceptionOfType(OutboundFailure.class)
			.isThrownBy(() -> http.get(URI.create("ftp://127.0.0.1/flights"), Map.of(), TIMEOUT, ONE_MB))
			.satisfies(failure -> assertThat(failure.kind()).isEqualTo(Kind.BAD_URL))
			.withMessage("The URL must start with https:// or http://");
	}

	@Test
	void describesWhatIsWrongWithAnEndpointUrl() {
		assertThat(http.problemWith(null)).hasValue("The URL is empty");
		assertThat(http.problemWith("  ")).hasValue("The URL is empty");
		assertThat(http.problemWith("https://exa mple.com/")).hasValue("The URL is not valid");
		assertThat(http.problemWith("/checkuser"))
			.hasValue("The URL must be absolute, starting with https:// or http://");
		assertThat(http.problemWith("ftp://partner.example/x")).hasValue("The URL must start with https:// or http://");
		assertThat(http.problemWith("file:///etc/passwd")).hasValue("The URL must start with https:// or http://");
		assertThat(http.problemWith("https:partner.example")).hasValue("The URL has no host name");
		assertThat(http.problemWith("https:///checkuser")).hasValue("The URL has no host name");
		assertThat(http.problemWith("https://user:pw@partner.example/x"))
			.hasValue("The URL must not contain a user name or password");
		assertThat(http.problemWith("https://partner.example/api/checkuser.php")).isEmpty();
		assertThat(http.problemWith("HTTP://127.0.0.1:8080/x")).isEmpty();
	}

	@Test
	void refusesInternalLiteralsInEndpointUrlsWithoutLookingNamesUp() {
		try (OutboundHttp guarded = new OutboundHttp(new OutboundProperties(false))) {
			assertThat(guarded.problemWith("http://127.0.0.1:8080/x")).hasValue(
					"The URL points to a loopback address, which Hobbs does not call (set HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS=true to allow it)");
			assertThat(guarded.problemWith("http://localhost/x")).isPresent();
			assertThat(guarded.problemWith("http://[fd00::1]/x")).get()
				.asString()
				.contains("a private network address");
			assertThat(guarded.problemWith("http://169.254.169.254/latest")).get()
				.asString()
				.contains("a link-local address");
			assertThat(guarded.problemWith("https://8.8.8.8/x")).isEmpty();
			assertThat(guarded.problemWith("https://partner.example/x")).isEmpty();
		}
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** Streams 2 MB, chunked or with its length declared. */
	private static void stream(HttpExchange exchange, long declaredLength) {
		try (exchange) {
			exchange.sendResponseHeaders(200, declaredLength);
			OutputStream out = exchange.getResponseBody();
			byte[] chunk = new byte[64 * 1024];
			for (int i = 0; i < 32; i++) {
				out.write(chunk);
			}
			out.close();
		}
		catch (IOException ex) {
			// the client stopped reading at its cap
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Received(String method, String path, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(header -> header.getKey().equalsIgnoreCase(name))
				.map(header -> header.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

	}

}
