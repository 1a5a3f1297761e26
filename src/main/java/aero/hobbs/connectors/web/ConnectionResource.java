package aero.hobbs.connectors.web;

import java.time.Instant;
import java.util.Map;

import aero.hobbs.connectors.Connection;
import aero.hobbs.logbook.ImportRun;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/** A pilot's connection to a connector, as `/v1/me/connectors` shows it. */
record ConnectionResource(String name, String key, Instant allowedSince, @Nullable Boolean linked,
		@Nullable Instant checkedAt, @Nullable String checkMessage, @Nullable Instant syncedAt,
		Map<String, Integer> staged, @Nullable RunResource lastRun) {

	static ApiResource<ConnectionResource> of(Connection connection) {
		return new ApiResource<>(Long.toString(connection.connector().id()), "connector",
				new ConnectionResource(connection.connector().name(), connection.connector().key(),
						connection.allowedSince(), connection.linked(), connection.checkedAt(),
						connection.checkMessage(), connection.syncedAt(), connection.staged(),
						connection.lastRun() == null ? null : RunResource.of(connection.lastRun())));
	}

	/** An import run: what a sync received and what became of it. */
	record RunResource(Instant startedAt, @Nullable Instant finishedAt, int received, int imported, int skipped,
			int blocked, int duplicates, @Nullable String failure) {

		static RunResource of(ImportRun run) {
			return new RunResource(run.startedAt(), run.finishedAt(), run.received(), run.imported(), run.skipped(),
					run.blocked(), run.duplicates(), run.failure());
		}

	}

}
