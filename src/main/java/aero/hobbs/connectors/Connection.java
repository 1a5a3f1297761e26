package aero.hobbs.connectors;

import java.time.Instant;
import java.util.Map;

import aero.hobbs.logbook.ImportRun;

import org.jspecify.annotations.Nullable;

/**
 * A pilot's link to a connector that allows their email: whether the partner confirmed it
 * at the last check, when it was last synced, what is staged, and the last run.
 */
public record Connection(Connector connector, Instant allowedSince, @Nullable Instant checkedAt,
		@Nullable Boolean linked, @Nullable String checkMessage, @Nullable Instant syncedAt,
		Map<String, Integer> staged, @Nullable ImportRun lastRun) {
}
