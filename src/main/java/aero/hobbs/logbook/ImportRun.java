package aero.hobbs.logbook;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * One import into a pilot's logbook and what became of the flights it received. A run is
 * {@code processing} until it ends ({@code finishedAt} is then empty), and
 * {@code completed} or {@code failed} after; {@code failure} says why a run failed.
 * {@code failedFlights} counts the flights it received but could not store (they break a
 * logbook rule).
 */
public record ImportRun(UUID id, UserId pilot, String source, Instant startedAt, @Nullable Instant finishedAt,
		int received, int imported, int skipped, int blocked, int duplicates, int failedFlights, Status status,
		@Nullable String failure) {

	public boolean failed() {
		return status == Status.FAILED || failure != null;
	}

	public enum Status {

		PROCESSING, COMPLETED, FAILED;

		/** The value of the {@code status} column and the API. */
		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Status of(String wireName) {
			return valueOf(wireName.toUpperCase(Locale.ROOT));
		}

	}

}
