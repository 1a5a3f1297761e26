package aero.hobbs.connectors;

import java.util.List;

import aero.hobbs.logbook.ImportRun;

/** What a sync did: the run's counts, and the items left staged (blocked or skipped). */
public record SyncReport(ImportRun run, List<StagedFlight> staged) {
}
