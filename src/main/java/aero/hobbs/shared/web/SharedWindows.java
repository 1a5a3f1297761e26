package aero.hobbs.shared.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hourly windows in PostgreSQL ({@code shared_rate_limit_window}), shared by every node.
 * One atomic upsert counts requests: no lock is held between round trips. Requests for
 * the same window that arrive on this node while a count is in flight wait and are
 * counted together by the next statement (one virtual thread drains each window's queue),
 * so one node never queues its own requests on the row lock; the i-th request of a batch
 * of n is allowed when the count before the batch plus i is within the limit, which keeps
 * the total exact across nodes.
 */
class SharedWindows {

	/**
	 * Adds {@code :n} requests to the window {@code :id}; a window that has ended starts
	 * again. The database's clock decides, so nodes with skewed clocks agree.
	 */
	private static final String COUNT = """
			INSERT INTO shared_rate_limit_window AS w (id, window_ends, used)
			VALUES (:id, (extract(epoch FROM clock_timestamp()) * 1000)::bigint + :window, :n)
			ON CONFLICT (id) DO UPDATE SET
			    used = CASE WHEN w.window_ends <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint
			        THEN :n ELSE w.used + :n END,
			    window_ends = CASE WHEN w.window_ends <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint
			        THEN EXCLUDED.window_ends ELSE w.window_ends END
			RETURNING used, window_ends, (extract(epoch FROM clock_timestamp()) * 1000)::bigint""";

	private record Counted(long used, long endsMillis, long nowMillis) {
	}

	private final class Queue {

		private final String id;

		private List<CompletableFuture<Counted>> waiting = new ArrayList<>();

		private boolean draining;

		Queue(String id) {
			this.id = id;
		}

		CompletableFuture<Counted> enqueue() {
			CompletableFuture<Counted> mine = new CompletableFuture<>();
			boolean start;
			synchronized (this) {
				waiting.add(mine);
				start = !draining;
				draining = true;
			}
			if (start) {
				Thread.ofVirtual().name("rate-limit-" + id).start(this::drain);
			}
			return mine;
		}

		private void drain() {
			while (true) {
				List<CompletableFuture<Counted>> batch;
				synchronized (this) {
					if (waiting.isEmpty()) {
						draining = false;
						return;
					}
					batch = waiting;
					waiting = new ArrayList<>();
				}
				try {
					Counted counted = count(id, batch.size());
					// the i-th of the batch (from 1) is the (used - n + i)-th request of
					// the window
					for (int i = 0; i < batch.size(); i++) {
						batch.get(i)
							.complete(new Counted(counted.used() - batch.size() + i + 1, counted.endsMillis(),
									counted.nowMillis()));
					}
				}
				catch (RuntimeException e) {
					batch.forEach(future -> future.completeExceptionally(e));
				}
			}
		}

	}

	private final Map<String, Queue> queues = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final Duration window;

	SharedWindows(JdbcClient jdbc, Duration window) {
		this.jdbc = jdbc;
		this.window = window;
	}

	RateLimiter.Budget take(String id, long limit) {
		Counted counted = queues.computeIfAbsent(id, Queue::new).enqueue().join();
		long resetSeconds = Math.max(1, (counted.endsMillis() - counted.nowMillis() + 999) / 1000);
		boolean allowed = counted.used() <= limit;
		return new RateLimiter.Budget(allowed, limit, Math.max(0, limit - counted.used()),
				counted.nowMillis() / 1000 + resetSeconds, allowed ? 0 : resetSeconds);
	}

	private Counted count(String id, int n) {
		return jdbc.sql(COUNT)
			.param("id", id)
			.param("window", window.toMillis())
			.param("n", n)
			.query((rs, row) -> new Counted(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

}
