package aero.hobbs.connectors;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner server as seed 000 describes it, on loopback: {@code checkuser.php} and
 * {@code getnewids.php} answer whatever the test sets, and every request is kept so that
 * the test can assert what Hobbs sent.
 */
final class PartnerSimulator implements AutoCloseable {

	/** What the partner answers: a status, a content type and a body, after a delay. */
	record Answer(int status, String contentType, byte[] body, long delayMillis) {

		static Answer json(String body) {
			return new Answer(200, "application/json", body.getBytes(StandardCharsets.UTF_8), 0);
		}

		static Answer of(int status, String contentType, String body) {
			return new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), 0);
		}

		Answer after(long millis) {
			return new Answer(status, contentType, body, millis);
		}

	}

	/** A request Hobbs made. */
	record Received(String path, String authorization, String contentType, JsonNode body) {
	}

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile Function<JsonNode, Answer> checkuser = request -> Answer.json("{\"ok\": true}");

	private volatile Function<JsonNode, Answer> getnewids = request -> Answer.json("{\"items\": []}");

	PartnerSimulator() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/connector/checkuser.php", exchange -> answer(exchange, checkuser));
		server.createContext("/connector/getnewids.php", exchange -> answer(exchange, getnewids));
		server.start();
	}

	String checkuserUrl() {
		return base() + "/connector/checkuser.php";
	}

	String getnewidsUrl() {
		return base() + "/connector/getnewids.php";
	}

	void onCheckuser(Function<JsonNode, Answer> answer) {
		checkuser = answer;
	}

	void onGetnewids(Function<JsonNode, Answer> answer) {
		getnewids = answer;
	}

	List<Received> received() {
		return received;
	}

	private String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private void answer(HttpExchange exchange, Function<JsonNode, Answer> behaviour) throws IOException {
		try (exchange) {
			byte[] request = exchange.getRequestBody().readAllBytes();
			JsonNode body = json.readTree(request);
			received.add(new Received(exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"), body));
			Answer answer = behaviour.apply(body);
			if (answer.delayMillis() > 0) {
				Thread.sleep(answer.delayMillis());
			}
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
			exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
			if (answer.body().length > 0) {
				OutputStream out = exchange.getResponseBody();
				out.write(answer.body());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			// Hobbs hung up (a timeout or a size cap): nothing more to send
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
