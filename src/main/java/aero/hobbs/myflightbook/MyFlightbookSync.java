package aero.hobbs.myflightbook;

import aero.hobbs.myflightbook.client.MyFlightbookConnection;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.logbook.ImportRun;
import aero.hobbs.logbook.LogbookImports;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Syncs a pilot's MyFlightbook account off the request path: {@link #enqueue} records a
 * job and hands it to the persistent scheduler, which runs it ({@link #run}) on one node.
 * The database allows one active (queued or running) job per pilot, so a double click or
 * two nodes get the same job. A job whose node died is run again from the start by the
 * scheduler; the import is idempotent, so nothing is stored twice. A job always ends
 * completed or failed with the reason, never stays running.
 */
@Service
public class MyFlightbookSync {

	private static final Logger log = LoggerFactory.getLogger(MyFlightbookSync.class);

	private final SyncJobRepository jobs;

	private final MyFlightbookImporter importer;

	private final LogbookImports imports;

	private final MyFlightbookConnection connection;

	private final SyncJobScheduler scheduler;

	private final Clock clock;

	MyFlightbookSync(SyncJobRepository jobs, MyFlightbookImporter importer, LogbookImports imports,
			MyFlightbookConnection connection, SyncJobScheduler scheduler, Clock clock) {
		this.jobs = jobs;
		this.importer = importer;
		this.imports = imports;
		this.connection = connection;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * The pilot's active job, or a new queued one handed to the scheduler; returns at
	 * once.
	 * @throws Conflict if the pilot has not connected MyFlightbook
	 */
	public SyncJob enqueue(UserId pilot) {
		if (connection.find(pilot).isEmpty()) {
			throw new Conflict("myflightbook", "Connect MyFlightbook first.");
		}
		for (int attempt = 0;; attempt++) {
			Optional<SyncJob> active = jobs.active(pilot);
			if (active.isPresent()) {
				// a node that died between queueing and scheduling left the job without
				// an
				// execution; scheduling is a no-op when it has one
				scheduler.schedule(active.get().id());
				return active.get();
			}
			UUID id = UUID.randomUUID();
			try {
				jobs.insertQueued(id, pilot, clock.instant());
			}
			catch (DuplicateKeyException ex) {
				// another request or node queued one first; it may even have ended
				// already
				if (attempt < 3) {
					continue;
				}
				throw ex;
			}
			scheduler.schedule(id);
			return jobs.find(id).orElseThrow();
		}
	}

	/** The pilot's latest job, if any. */
	public Optional<SyncJob> latest(UserId pilot) {
		return jobs.latest(pilot);
	}

	/** The latest job that read the account's counts (flights, aircraft, hours). */
	public Optional<SyncJob> latestAccountCounts(UserId pilot) {
		return jobs.latestWithAccountCounts(pilot);
	}

	/** The import run of the pilot's latest job. */
	public Optional<ImportRun> latestImportRun(UserId pilot) {
		return jobs.latest(pilot).flatMap(this::importRun);
	}

	/** The job's import run, once it has started one. */
	public Optional<ImportRun> importRun(SyncJob job) {
		return Optional.ofNullable(job.importRunId()).flatMap(imports::findRun);
	}

	/**
	 * Runs a queued job, or a running one again (its node died); a job that has ended is
	 * left alone. The scheduler's task calls this.
	 */
	void run(UUID jobId) {
		SyncJob job = jobs.find(jobId).orElse(null);
		if (job == null || !job.active()) {
			return;
		}
		ImportRun run = resumable(job);
		jobs.markRunning(jobId, clock.instant(), run.id());
		try {
			SyncJob.Outcome outcome = importer.importAccount(run);
			jobs.complete(jobId, clock.instant(), outcome);
		}
		catch (RuntimeException ex) {
			String reason = ex instanceof UpstreamFailure ? ex.getMessage()
					: "The import stopped on an unexpected error; please try again later.";
			log.warn("MyFlightbook sync {} of pilot {} failed", jobId, job.pilot(), ex);
			imports.fail(run, reason);
			jobs.fail(jobId, clock.instant(), reason);
		}
	}

	/** The job's processing import run, or a new one. */
	private ImportRun resumable(SyncJob job) {
		@Nullable UUID runId = job.importRunId();
		if (runId != null) {
			Optional<ImportRun> earlier = imports.findRun(runId)
				.filter(run -> run.status() == ImportRun.Status.PROCESSING);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		return imports.begin(job.pilot(), MyFlightbookImporter.SOURCE);
	}

}
