package aero.hobbs.logbook;

import java.time.Instant;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * One import into a pilot's logbook and what became of the flights it received.
 * {@code failure} says why an import that failed as a whole imported nothing.
 */
public record ImportRun(UUID id, UserId pilot, String source, Instant startedAt, Instant finishedAt, int received,
		int imported, int skipped, int blocked, int duplicates, @Nullable String failure) {

	public boolean failed() {
		return failure != null;
	}

}
