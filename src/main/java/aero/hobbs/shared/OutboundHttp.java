package aero.hobbs.shared;

import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import aero.hobbs.shared.OutboundFailure.Kind;

/**
 * The one way Hobbs calls other servers: partners' connector endpoints, MyFlightbook,
 * OAuth token endpoints. It keeps the rules for calling out in one place:
 * <ul>
 * <li>every call has a deadline that covers resolving the host, connecting, the headers
 * and the whole body, so a peer that dribbles its answer cannot hold a thread;</li>
 * <li>the body is capped while it is read, never buffered first and measured after;</li>
 * <li>redirects come back as responses and are never followed, since the next hop could
 * be an internal address;</li>
 * <li>hosts that resolve to loopback, private, link-local and other internal addresses
 * are refused unless {@code HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS=true}, so a URL that a
 * partner registers cannot make Hobbs probe its own network.</li>
 * </ul>
 * Statuses other than 2xx are responses, not failures: the caller knows what a 401 means
 * for it. Everything else that goes wrong is an {@link OutboundFailure}.
 * <p>
 * The address check judges what the host resolves to just before the call; the JDK client
 * resolves the name again when it connects, so a DNS server that changes its answer in
 * between (DNS rebinding) is not caught. The JDK offers no per-client resolver to close
 * that gap.
 */
@Component
public class OutboundHttp implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboundHttp.class);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final String ALLOW_HINT = "which Hobbs does not call (set HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS=true to allow it)";

	private final boolean allowPrivateNetworks;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpClient client;

	OutboundHttp(OutboundProperties properties) {
		this.allowPrivateNetworks = properties.allowPrivateNetworks();
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(CONNECT_TIMEOUT)
			.executor(executor)
			.build();
	}

	/**
	 * POSTs a JSON body, with {@code Authorization: Bearer <token>} when a token is
	 * given.
	 * @param timeout for the whole call, from resolving the host to the last byte
	 * @param maxBody the largest answer read; a larger one fails with
	 * {@link Kind#TOO_LARGE}
	 */
	public OutboundResponse postJson(URI url, @Nullable String bearerToken, String jsonBody, Duration timeout,
			DataSize maxBody) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		if (bearerToken != null) {
			headers.put("Authorization", "Bearer " + bearerToken);
		}
		return send("POST", url, headers, BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8), timeout, maxBody);
	}

	/**
	 * POSTs a JSON body with the caller's headers (a webhook's signature headers);
	 * {@code Content-Type} is {@code application/json}.
	 * @param timeout for the whole call, from resolving the host to the last byte
	 * @param maxBody the largest answer read; a larger one fails with
	 * {@link Kind#TOO_LARGE}
	 */
	public OutboundResponse post(URI url, Map<String, String> headers, String jsonBody, Duration timeout,
			DataSize maxBody) {
		Map<String, String> allHeaders = new LinkedHashMap<>(headers);
		allHeaders.put("Content-Type", "application/json");
		return send("POST", url, allHeaders, BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8), timeout,
				maxBody);
	}

	/**
	 * Whether calls to loopback, private and link-local addresses are allowed
	 * ({@code HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS}), as in tests and local demos.
	 */
	public boolean allowsPrivateNetworks() {
		return allowPrivateNetworks;
	}

	/**
	 * GETs a resource. {@code Accept} is {@code application/json} unless {@code headers}
	 * says otherwise.
	 */
	public OutboundResponse get(URI url, Map<String, String> headers, Duration timeout, DataSize maxBody) {
		return send("GET", url, headers, BodyPublishers.noBody(), timeout, maxBody);
	}

	/**
	 * POSTs {@code form} as {@code application/x-www-form-urlencoded} (UTF-8, in the
	 * map's order), as OAuth token endpoints expect.
	 */
	public OutboundResponse postForm(URI url, Map<String, String> headers, Map<String, String> form, Duration timeout,
			DataSize maxBody) {
		String encoded = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		Map<String, String> allHeaders = new LinkedHashMap<>();
		allHeaders.put("Content-Type", "application/x-www-form-urlencoded");
		allHeaders.putAll(headers);
		return send("POST", url, allHeaders, BodyPublishers.ofString(encoded, StandardCharsets.UTF_8), timeout,
				maxBody);
	}

	/**
	 * What is wrong with an endpoint URL, as a sentence for whoever configured it, or
	 * empty when Hobbs can call it. Checks the form only and resolves no names; an IP
	 * literal or {@code localhost} is judged by the private-network rule as well.
	 */
	public Optional<String> problemWith(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return Optional.of("The URL is empty");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return Optional.of("The URL is not valid");
		}
		Optional<String> problem = formProblem(uri);
		if (problem.isPresent() || allowPrivateNetworks) {
			return problem;
		}
		return literalAddress(uri.getHost()).flatMap(OutboundAddresses::internalKind)
			.map(kind -> "The URL points to " + kind + ", " + ALLOW_HINT);
	}

	@Override
	public void close() {
		client.shutdownNow();
		executor.shutdownNow();
	}

	/** What is wrong with the URL's form; names are not resolved. */
	private Optional<String> formProblem(URI url) {
		if (!url.isAbsolute()) {
			return Optional.of("The URL must be absolute, starting with https:// or http://");
		}
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return Optional.of("The URL must start with https:// or http://");
		}
		String host = url.getHost();
		if (host == null || host.isBlank()) {
			return Optional.of("The URL has no host name");
		}
		if (url.getRawUserInfo() != null) {
			// credentials in a URL end up in logs and error messages
			return Optional.of("The URL must not contain a user name or password");
		}
		return Optional.empty();
	}

	/** The address a host names without a DNS lookup: an IP literal or localhost. */
	private static Optional<InetAddress> literalAddress(String host) {
		try {
			if (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
				return Optional.of(InetAddress.getLoopbackAddress());
			}
			if (host.startsWith("[")) {
				// a bracketed literal is parsed, never looked up
				return Optional.of(InetAddress.getByName(host));
			}
			if (IPV4_LITERAL.matcher(host).matches()) {
				String[] parts = host.split("\\.");
				byte[] bytes = new byte[4];
				for (int i = 0; i < 4; i++) {
					int part = Integer.parseInt(parts[i]);
					if (part > 255) {
						return Optional.empty();
					}
					bytes[i] = (byte) part;
				}
				return Optional.of(InetAddress.getByAddress(bytes));
			}
		}
		catch (UnknownHostException ex) {
			// not a literal after all: judged when it is called
		}
		return Optional.empty();
	}

	private OutboundResponse send(String method, URI url, Map<String, String> headers, BodyPublisher body,
			Duration timeout, DataSize maxBody) {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive");
		}
		long limit = maxBody.toBytes();
		if (limit < 0 || limit > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("maxBody must be between 0 and 2 GB");
		}
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		Optional<String> problem = formProblem(url);
		if (problem.isPresent()) {
			throw new OutboundFailure(Kind.BAD_URL, problem.get());
		}
		String host = url.getHost();
		Call call = new Call(host, timeout, maxBody);
		refuseInternalAddresses(call, deadline);

		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(Duration.ofNanos(call.remaining(deadline)))
			.method(method, body)
			.header("User-Agent", "Hobbs")
			.header("Accept", "application/json");
		headers.forEach(request::setHeader);
		AtomicReference<@Nullable CappedBody> reading = new AtomicReference<>();
		CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request.build(), info -> {
			CappedBody capped = new CappedBody(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1));
			reading.set(capped);
			return capped;
		});
		try {
			HttpResponse<byte[]> response = exchange.get(call.remaining(deadline), TimeUnit.NANOSECONDS);
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			log.debug("{} {}{} answered {} in {} ms", method, host, url.getRawPath(), response.statusCode(),
					elapsed.toMillis());
			return new OutboundResponse(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(null), response.body(), elapsed);
		}
		catch (TimeoutException ex) {
			exchange.cancel(true);
			CappedBody capped = reading.get();
			if (capped != null) {
				capped.abort();
			}
			throw call.timedOut(ex);
		}
		catch (ExecutionException ex) {
			throw call.failed(ex.getCause() != null ? ex.getCause() : ex);
		}
		catch (InterruptedException ex) {
			exchange.cancel(true);
			Thread.currentThread().interrupt();
			throw new OutboundFailure(Kind.CONNECTION, "The call to " + host + " was interrupted", ex);
		}
	}

	private void refuseInternalAddresses(Call call, long deadline) {
		if (allowPrivateNetworks) {
			return;
		}
		// on another thread, so that a slow DNS server counts against the deadline
		CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
			try {
				return InetAddress.getAllByName(call.host());
			}
			catch (UnknownHostException ex) {
				throw new CompletionException(ex);
			}
		}, executor);
		InetAddress[] addresses;
		try {
			addresses = lookup.get(call.remaining(deadline), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			lookup.cancel(true);
			throw call.timedOut(ex);
		}
		catch (ExecutionException ex) {
			throw call.failed(ex.getCause() != null ? ex.getCause() : ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OutboundFailure(Kind.CONNECTION, "The call to " + call.host() + " was interrupted", ex);
		}
		for (InetAddress address : addresses) {
			Optional<String> kind = OutboundAddresses.internalKind(address);
			if (kind.isPresent()) {
				log.warn("Refused an outbound call to {}: it resolves to {}, {}", call.host(), address.getHostAddress(),
						kind.get());
				throw new OutboundFailure(Kind.REFUSED_ADDRESS,
						call.host() + " resolves to " + kind.get() + ", " + ALLOW_HINT);
			}
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** What a failure message needs to know about the call; never the request itself. */
	private record Call(String host, Duration timeout, DataSize maxBody) {

		long remaining(long deadline) {
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				throw timedOut(null);
			}
			return remaining;
		}

		OutboundFailure timedOut(@Nullable Throwable cause) {
			return new OutboundFailure(Kind.TIMEOUT, host + " did not answer within " + seconds(timeout), cause);
		}

		OutboundFailure failed(Throwable thrown) {
			for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
				if (cause instanceof CappedBody.TooLarge) {
					return new OutboundFailure(Kind.TOO_LARGE, host + " answered with more than " + size(maxBody),
							thrown);
				}
				if (cause instanceof HttpConnectTimeoutException) {
					return new OutboundFailure(Kind.TIMEOUT,
							host + " did not accept a connection within " + seconds(CONNECT_TIMEOUT), thrown);
				}
				if (cause instanceof HttpTimeoutException) {
					return timedOut(thrown);
				}
				if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
					return couldNotConnect("the host name was not found", thrown);
				}
				if (cause instanceof NoRouteToHostException) {
					return couldNotConnect("no route to the host", thrown);
				}
				if (cause instanceof SSLException) {
					return couldNotConnect("the secure connection (TLS) could not be set up", thrown);
				}
				if (cause instanceof ConnectException) {
					return couldNotConnect("connection refused", thrown);
				}
			}
			return new OutboundFailure(Kind.CONNECTION,
					"The connection to " + host + " broke off before the answer was complete", thrown);
		}

		private OutboundFailure couldNotConnect(String why, Throwable thrown) {
			return new OutboundFailure(Kind.CONNECTION, "Could not connect to " + host + ": " + why, thrown);
		}

		private static String seconds(Duration duration) {
			BigDecimal seconds = BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros();
			return seconds.toPlainString() + (seconds.compareTo(BigDecimal.ONE) == 0 ? " second" : " seconds");
		}

		private static String size(DataSize size) {
			long bytes = size.toBytes();
			if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
				return (bytes >> 20) + " MB";
			}
			if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
				return (bytes >> 10) + " KB";
			}
			return bytes + ((bytes == 1) ? " byte" : " bytes");
		}

	}

}
