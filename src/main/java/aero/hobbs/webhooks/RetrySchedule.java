package aero.hobbs.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a delivery is tried again after its n-th automatic attempt failed: the n-th wait
 * of the schedule, or never once the schedule has run out.
 */
record RetrySchedule(List<Duration> waits) {

	RetrySchedule {
		waits = List.copyOf(waits);
	}

	/**
	 * @param failedAttempts the automatic attempts made so far, all failed (1 after the
	 * first)
	 */
	Optional<Instant> next(Instant failedAt, int failedAttempts) {
		if (failedAttempts < 1 || failedAttempts > waits.size()) {
			return Optional.empty();
		}
		return Optional.of(failedAt.plus(waits.get(failedAttempts - 1)));
	}

	/** From the first attempt to the last: how long a receiver may be down. */
	Duration span() {
		return waits.stream().reduce(Duration.ZERO, Duration::plus);
	}

}
