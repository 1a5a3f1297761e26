package aero.hobbs.myflightbook.web;

import java.time.Instant;

import aero.hobbs.logbook.ImportRun;
import aero.hobbs.myflightbook.client.MyFlightbookAccount;
import aero.hobbs.myflightbook.client.MyFlightbookConnection;
import aero.hobbs.myflightbook.MyFlightbookSync;
import aero.hobbs.myflightbook.SyncJob;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/me/integrations/myflightbook")
@Tag(name = "MyFlightbook", description = "The pilot's MyFlightbook connection and its sync jobs")
@SecurityRequirement(name = "apiKey")
class MyFlightbookSyncController {

	private final MyFlightbookConnection connection;

	private final MyFlightbookSync sync;

	MyFlightbookSyncController(MyFlightbookConnection connection, MyFlightbookSync sync) {
		this.connection = connection;
		this.sync = sync;
	}

	@GetMapping
	@Operation(summary = "The connection, the latest sync job and what MyFlightbook holds",
			description = "configured is false when the server has no MyFlightbook client (MFB_CLIENT_ID unset).")
	ApiDocument<IntegrationResource> show(@AuthenticationPrincipal SignedInUser pilot) {
		MyFlightbookAccount account = connection.find(pilot.id()).orElse(null);
		// clients poll this while a job runs: the latest job is read once, and it is also
		// the one with the account's counts once it has read them
		SyncJob latest = sync.latest(pilot.id()).orElse(null);
		SyncJob counted = latest != null && latest.mfbFlights() != null ? latest
				: sync.latestAccountCounts(pilot.id()).orElse(null);
		return ApiDocument.of("myflightbook", "myflightbook_integration",
				new IntegrationResource(connection.available(), account != null,
						account == null ? null : account.scopes(), account == null ? null : account.connectedAt(),
						latest == null ? null : SyncJobResource.of(latest),
						counted == null ? null : counted.mfbFlights(), counted == null ? null : counted.mfbAircraft(),
						counted == null ? null : counted.mfbTotalMinutes(),
						latest == null ? null : sync.importRun(latest).map(ImportRunResource::of).orElse(null)));
	}

	@PostMapping("/sync")
	@Operation(summary = "Queue a sync of the pilot's MyFlightbook account; answers at once",
			description = "One job per pilot is active at a time: while one is queued or running, this answers"
					+ " that job. The import runs on the server's scheduler; poll GET for its status.")
	@ApiResponse(responseCode = "202", description = "The queued (or already active) job")
	@ApiResponse(responseCode = "409", description = "MyFlightbook is not connected")
	ResponseEntity<ApiDocument<SyncJobResource>> enqueue(@AuthenticationPrincipal SignedInUser pilot) {
		SyncJob job = sync.enqueue(pilot.id());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(ApiDocument.of(job.id().toString(), "myflightbook_sync", SyncJobResource.of(job)));
	}

	record IntegrationResource(boolean configured, boolean connected, @Nullable String scopes,
			@Nullable Instant connectedAt, @Nullable SyncJobResource latestSync, @Nullable Integer mfbFlights,
			@Nullable Integer mfbAircraft, @Nullable Long mfbTotalMinutes, @Nullable ImportRunResource latestImport) {
	}

	record SyncJobResource(String id, String status, Instant createdAt, @Nullable Instant startedAt,
			@Nullable Instant finishedAt, @Nullable String failure, int aircraft, int flightsSeen, int imported,
			int skipped, int failed) {

		static SyncJobResource of(SyncJob job) {
			return new SyncJobResource(job.id().toString(), job.status().wireName(), job.createdAt(), job.startedAt(),
					job.finishedAt(), job.failure(), job.aircraft(), job.flightsSeen(), job.imported(), job.skipped(),
					job.failed());
		}

	}

	record ImportRunResource(String id, String status, Instant startedAt, @Nullable Instant finishedAt, int received,
			int imported, int skipped, int duplicates, int failed, @Nullable String failure) {

		static ImportRunResource of(ImportRun run) {
			return new ImportRunResource(run.id().toString(), run.status().wireName(), run.startedAt(),
					run.finishedAt(), run.received(), run.imported(), run.skipped(), run.duplicates(),
					run.failedFlights(), run.failure());
		}

	}

}
