package aero.hobbs.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on loopback that records every request and answers as the test says:
 * the next answers queued with {@link #answer}, then 200 with a short body.
 */
public final class WebhookReceiver implements AutoCloseable {

	public record Received(String method, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	record Answer(int status, Duration delay, String body) {
	}

	private final HttpServer server;

	private final LinkedBlockingQueue<Received> pending = new LinkedBlockingQueue<>();

	private final List<Received> all = new CopyOnWriteArrayList<>();

	private final Deque<Answer> answers = new ConcurrentLinkedDeque<>();

	public WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", this::handle);
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/hobbs";
	}

	/** The next request gets this status after the delay. */
	WebhookReceiver answer(int status, Duration delay, String body) {
		answers.add(new Answer(status, delay, body));
		return this;
	}

	WebhookReceiver answer(int status) {
		return answer(status, Duration.ZERO, "status " + status);
	}

	/** The next request, waiting up to the timeout; fails when none came. */
	public Received next(Duration timeout) throws InterruptedException {
		Received received = pending.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (received == null) {
			throw new AssertionError("The receiver got no request within " + timeout);
		}
		return received;
	}

	public List<Received> all() {
		return List.copyOf(all);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, String> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
		Received received = new Received(exchange.getRequestMethod(), headers, body);
		all.add(received);
		pending.add(received);
		Answer answer = answers.poll();
		if (answer == null) {
			answer = new Answer(200, Duration.ZERO, "{\"received\":true}");
		}
		try {
			Thread.sleep(answer.delay());
			byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			// the sender gave up waiting (a timeout test)
		}
		finally {
			exchange.close();
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
