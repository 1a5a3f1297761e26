package aero.hobbs.myflightbook;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * One MyFlightbook sync a pilot asked for: {@code queued}, then {@code running}, then
 * {@code completed} or {@code failed} (with the reason), with what it did and what it
 * found in the pilot's MyFlightbook account ({@code mfb*}, empty until it knows).
 *
 * @param skipped entries not imported: unusable ones and those already in the logbook
 * @param failed entries that break a logbook rule, so nothing wrong is stored
 */
public record SyncJob(UUID id, UserId pilot, Status status, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable String failure, @Nullable UUID importRunId, int aircraft,
		int flightsSeen, int imported, int skipped, int failed, @Nullable Integer mfbFlights,
		@Nullable Integer mfbAircraft, @Nullable Long mfbTotalMinutes) {

	public boolean active() {
		return status == Status.QUEUED || status == Status.RUNNING;
	}

	public enum Status {

		QUEUED, RUNNING, COMPLETED, FAILED;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Status of(String wireName) {
			return valueOf(wireName.toUpperCase(Locale.ROOT));
		}

	}

	/** What a finished import did and found, for the job row. */
	record Outcome(int aircraft, int flightsSeen, int imported, int skipped, int failed, int mfbFlights,
			int mfbAircraft, @Nullable Long mfbTotalMinutes) {
	}

}
