package aero.hobbs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The Redis every CI machine runs at 127.0.0.1:6379, for the tests of rate-limit windows
 * in Redis. Each test run uses its own key prefix and deletes its keys afterwards, so
 * runs never see each other's counts. Without Redis these tests fail: CI has one, and a
 * skipped test would hide that the Redis part was never tried.
 */
public final class TestRedis implements AutoCloseable {

	public static final String URL = "redis://127.0.0.1:6379/0";

	private final RedisClient client;

	private final StatefulRedisConnection<String, String> connection;

	private TestRedis(RedisClient client, StatefulRedisConnection<String, String> connection) {
		this.client = client;
		this.connection = connection;
	}

	/** Connects, or fails the test with what is missing. */
	public static TestRedis connect() {
		RedisClient client = RedisClient.create(URL);
		try {
			StatefulRedisConnection<String, String> connection = client.connect();
			connection.sync().ping();
			return new TestRedis(client, connection);
		}
		catch (RedisException e) {
			client.shutdown();
			throw new AssertionError("These tests need Redis at 127.0.0.1:6379 (CI machines run one): " + e, e);
		}
	}

	/** A key prefix no other test run uses. */
	public static String newPrefix() {
		return "hobbs:test:" + UUID.randomUUID() + ":";
	}

	public RedisCommands<String, String> commands() {
		return connection.sync();
	}

	/** The keys under {@code prefix}. */
	public List<String> keys(String prefix) {
		List<String> keys = new ArrayList<>();
		ScanArgs match = ScanArgs.Builder.matches(prefix + "*").limit(1000);
		KeyScanCursor<String> cursor = commands().scan(match);
		keys.addAll(cursor.getKeys());
		while (!cursor.isFinished()) {
			cursor = commands().scan(ScanCursor.of(cursor.getCursor()), match);
			keys.addAll(cursor.getKeys());
		}
		return keys;
	}

	/** Deletes every key under {@code prefix}. */
	public void deleteAll(String prefix) {
		List<String> keys = keys(prefix);
		if (!keys.isEmpty()) {
			commands().del(keys.toArray(String[]::new));
		}
	}

	@Override
	public void close() {
		connection.close();
		client.shutdown();
	}

}
