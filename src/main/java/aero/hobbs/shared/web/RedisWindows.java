package aero.hobbs.shared.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Hourly windows in Redis, shared by every node that uses the same Redis. One Lua script,
 * which Redis runs atomically, counts a request: it increments the window's key, gives a
 * new key the window as its expiry, and answers the count, the time left and Redis's
 * clock. So a request costs one round trip, the count is exact however many nodes and
 * clients share it, and nodes with skewed clocks report the same reset. When Redis does
 * not answer within the timeout, {@link #take} answers empty (logged, without the
 * password) and skips Redis for a few seconds, so that no request waits on a Redis that
 * is down; the caller counts elsewhere meanwhile. A lost connection reconnects by itself;
 * a first connection that failed is tried again in the background.
 */
final class RedisWindows implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RedisWindows.class);

	/** KEYS[1] the window, ARGV[1] its length in ms; answers {used, ms left, now ms}. */
	private static final String COUNT = """
			local used = redis.call('INCR', KEYS[1])
			local left = redis.call('PTTL', KEYS[1])
			if left < 0 then
			  redis.call('PEXPIRE', KEYS[1], ARGV[1])
			  left = tonumber(ARGV[1])
			end
			local now = redis.call('TIME')
			return {used, left, tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)}
			""";

	private static final String COUNT_SHA = sha1(COUNT);

	private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

	private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

	private final RedisClient client;

	private final String location;

	private final List<String> secrets;

	private final String prefix;

	private final String windowMillis;

	private volatile @Nullable StatefulRedisConnection<String, String> connection;

	private final AtomicBoolean connecting = new AtomicBoolean(true);

	private final AtomicBoolean down = new AtomicBoolean();

	private volatile long pausedUntil = System.nanoTime();

	private volatile long nextWarning = System.nanoTime();

	/** Connects at once; if Redis does not answer, counts fall back until it does. */
	RedisWindows(RateLimitRedisProperties properties, Duration window) {
		URI url = properties.url();
		if (url == null) {
			throw new IllegalArgumentException("No Redis URL");
		}
		this.location = location(url);
		this.secrets = secrets(url);
		this.prefix = properties.keyPrefix();
		this.windowMillis = Long.toString(window.toMillis());
		RedisURI redis;
		try {
			redis = RedisURI.create(url);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("hobbs.rate-limit.redis.url is not a Redis URL: " + location);
		}
		redis.setTimeout(properties.timeout());
		this.client = RedisClient.create(redis);
		client.setOptions(ClientOptions.builder()
			.socketOptions(SocketOptions.builder().connectTimeout(properties.timeout()).build())
			.timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
			// while the connection is lost (and reconnecting), fail at once instead of
			// queueing
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.build());
		connect();
	}

	/**
	 * Counts one request in the window {@code id}; empty when Redis did not answer, so
	 * that the caller counts it elsewhere.
	 */
	Optional<RateLimiter.Budget> take(String id, long limit) {
		if (System.nanoTime() - pausedUntil < 0) {
			return Optional.empty();
		}
		StatefulRedisConnection<String, String> current = connection;
		if (current == null) {
			if (connecting.compareAndSet(false, true)) {
				Thread.ofVirtual().name("rate-limit-redis-connect").start(this::connect);
			}
			return Optional.empty();
		}
		try {
			List<?> counted = count(current.sync(), prefix + id);
			answered();
			return Optional.of(budget(limit, (Long) counted.get(0), (Long) counted.get(1), (Long) counted.get(2)));
		}
		catch (RedisException e) {
			failed(e);
			return Optional.empty();
		}
	}

	private List<?> count(RedisCommands<String, String> redis, String key) {
		String[] keys = { key };
		try {
			return redis.evalsha(COUNT_SHA, ScriptOutputType.MULTI, keys, windowMillis);
		}
		catch (RedisNoScriptException e) {
			// a Redis that has not seen the script yet (or was restarted): EVAL caches it
			return redis.eval(COUNT, ScriptOutputType.MULTI, keys, windowMillis);
		}
	}

	private static RateLimiter.Budget budget(long limit, long used, long leftMillis, long nowMillis) {
		long resetSeconds = Math.max(1, (leftMillis + 999) / 1000);
		boolean allowed = used <= limit;
		return new RateLimiter.Budget(allowed, limit, Math.max(0, limit - used), nowMillis / 1000 + resetSeconds,
				allowed ? 0 : resetSeconds);
	}

	private void connect() {
		try {
			connection = client.connect();
			answered();
		}
		catch (RedisException e) {
			failed(e);
		}
		finally {
			connecting.set(false);
		}
	}

	private void answered() {
		if (down.get() && down.compareAndSet(true, false)) {
			log.info("Rate-limit windows in Redis ({}) answer again; budgets are shared again", location);
		}
	}

	private void failed(RedisException e) {
		long now = System.nanoTime();
		pausedUntil = now + PAUSE_AFTER_FAILURE.toNanos();
		if (down.compareAndSet(false, true) || now - nextWarning >= 0) {
			nextWarning = now + WARNING_INTERVAL.toNanos();
			log.warn(
					"Rate-limit windows in Redis ({}) are unavailable ({}); until Redis answers again this node "
							+ "counts shared budgets as without Redis (PostgreSQL: in the database; H2: in memory)",
					location, describe(e));
		}
	}

	/** The exception and its causes, on one line, without the password. */
	private String describe(Throwable e) {
		StringBuilder description = new StringBuilder();
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			description.append(description.isEmpty() ? "" : "; caused by ")
				.append(cause.getClass().getSimpleName())
				.append(": ")
				.append(cause.getMessage());
		}
		String redacted = description.toString();
		for (String secret : secrets) {
			redacted = redacted.replace(secret, "***");
		}
		return redacted;
	}

	@Override
	public void close() {
		StatefulRedisConnection<String, String> current = connection;
		if (current != null) {
			current.close();
		}
		client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

	/** The URL without user, password and query, fit for logs. */
	private static String location(URI url) {
		String authority = url.getRawAuthority() == null ? "" : url.getRawAuthority();
		String path = url.getRawPath() == null ? "" : url.getRawPath();
		return url.getScheme() + "://" + authority.substring(authority.lastIndexOf('@') + 1) + path;
	}

	/** The password in the URL, as written and decoded, to keep it out of messages. */
	private static List<String> secrets(URI url) {
		String user = url.getRawUserInfo();
		if (user == null || user.endsWith(":")) {
			return List.of();
		}
		String secret = user.substring(user.indexOf(':') + 1);
		return List.of(secret, URLDecoder.decode(secret, StandardCharsets.UTF_8));
	}

	private static String sha1(String script) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
