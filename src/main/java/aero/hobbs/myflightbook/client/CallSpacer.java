package aero.hobbs.myflightbook.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps calls that share a key (one pilot's calls to MyFlightbook) at least
 * {@code spacing} apart, as the seed promises MyFlightbook. A caller reserves the next
 * free slot and then sleeps until it, outside any lock, so concurrent callers queue in
 * order instead of all waking at once. Time and sleeping are injected so tests need not
 * sleep.
 */
class CallSpacer {

	/** Sleeps; {@link InterruptedException} ends the wait early. */
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	private static final int FORGET_ABOVE = 10_000;

	private final Duration spacing;

	private final LongSupplier nanoTime;

	private final Sleeper sleeper;

	private final Map<Object, long[]> nextSlot = new ConcurrentHashMap<>();

	CallSpacer(Duration spacing) {
		this(spacing, System::nanoTime, duration -> Thread.sleep(duration));
	}

	CallSpacer(Duration spacing, LongSupplier nanoTime, Sleeper sleeper) {
		if (spacing.isNegative()) {
			throw new IllegalArgumentException("spacing must not be negative");
		}
		this.spacing = spacing;
		this.nanoTime = nanoTime;
		this.sleeper = sleeper;
	}

	/** Returns when a call for {@code key} may start. */
	void awaitTurn(Object key) {
		if (spacing.isZero()) {
			return;
		}
		long now = nanoTime.getAsLong();
		forgetOldKeys(now);
		long[] slot = nextSlot.computeIfAbsent(key, k -> new long[] { now });
		long start;
		synchronized (slot) {
			start = Math.max(now, slot[0]);
			slot[0] = start + spacing.toNanos();
		}
		long wait = start - now;
		if (wait > 0) {
			try {
				sleeper.sleep(Duration.ofNanos(wait));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while spacing calls to MyFlightbook", ex);
			}
		}
	}

	/** Keys whose slot has passed need no memory; bounds the map on a busy server. */
	private void forgetOldKeys(long now) {
		if (nextSlot.size() > FORGET_ABOVE) {
			nextSlot.values().removeIf(slot -> slot[0] - now < 0);
		}
	}

}
