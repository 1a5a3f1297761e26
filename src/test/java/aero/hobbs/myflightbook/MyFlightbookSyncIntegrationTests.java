package aero.hobbs.myflightbook;

import aero.hobbs.myflightbook.client.MyFlightbookConnection;

import aero.hobbs.myflightbook.mapping.TotalsMapping;

import static aero.hobbs.myflightbook.MyFlightbookSimulator.aFlight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import aero.hobbs.ApiClient;
import aero.hobbs.aircraft.AircraftDetails;
import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.aircraft.FaaRegistry;
import aero.hobbs.currency.CurrencyRecords;
import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.FlightValues;
import aero.hobbs.logbook.ImportRun;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.logbook.LogbookImports;
import aero.hobbs.logbook.Provenance;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

import tools.jackson.databind.JsonNode;

/**
 * The sync job against {@link MyFlightbookSimulator}, on the real database (H2, or
 * PostgreSQL when SPRING_DATASOURCE_URL names it). db-scheduler is off in tests, so the
 * tests run queued jobs themselves, as the scheduler's task would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyFlightbookSyncIntegrationTests {

	static final URI CALLBACK = URI.create("https://hobbs.example/api/integrations/myflightbook/callback");

	static final MyFlightbookSimulator mfb = new MyFlightbookSimulator();

	@DynamicPropertySource
	static void simulatedMyFlightbook(DynamicPropertyRegistry registry) {
		registry.add("hobbs.myflightbook.base-url", () -> mfb.baseUrl().toString());
		registry.add("hobbs.myflightbook.client-id", () -> MyFlightbookSimulator.CLIENT_ID);
		registry.add("hobbs.myflightbook.client-secret", () -> MyFlightbookSimulator.CLIENT_SECRET);
		registry.add("hobbs.myflightbook.call-spacing", () -> "0ms");
	}

	@LocalServerPort
	int port;

	@Autowired
	MyFlightbookSync sync;

	@Autowired
	OneTimeTask<Void> syncTask;

	@Autowired
	DataSource dataSource;

	@Autowired
	MyFlightbookImporter importer;

	@Autowired
	MyFlightbookConnection connection;

	@Autowired
	TotalsSnapshots totals;

	@Autowired
	CurrencyRecords currency;

	@Autowired
	AircraftRegistry aircraft;

	@Autowired
	FaaRegistry faa;

	@Autowired
	Logbook logbook;

	@Autowired
	LogbookImports imports;

	@Autowired
	JdbcClient jdbc;

	UserId pilot = UserId.random();

	@BeforeEach
	void aConnectedPilot() {
		mfb.reset();
		connection.connect(pilot, mfb.issueCode(), CALLBACK);
	}

	@AfterEach
	void noHook() {
		importer.afterPage = null;
	}

	@AfterAll
	static void stopSimulator() {
		mfb.close();
	}

	@Test
	void adoptsAUsTailFromTheFaaRegistryAndKeepsAnUnknownOneUnverified() {
		faa.load(Path.of("src/test/resources/aircraft/faa/MASTER.txt"),
				Path.of("src/test/resources/aircraft/faa/ACFTREF.txt"));
		mfb.aircraft("""
				[{"InstanceTypeID":1,"InstanceType":1,"AircraftID":1,"TailNumber":"N172SP","ModelID":1,
				  "ModelDescription":"C-172 S","ModelCommonName":"Cessna Skyhawk"},
				 {"InstanceTypeID":1,"InstanceType":1,"AircraftID":2,"TailNumber":"C-GXYZ","ModelID":2,
				  "ModelDescription":"DHC-2 Beaver","ModelCommonName":"de Havilland Beaver"}]""");

		SyncJob job = sync.enqueue(pilot);
		sync.run(job.id());

		assertThat(aircraft.findByRegistration(pilot, "N172SP")).hasValueSatisfying(found -> {
			assertThat(found.verified()).isTrue();
			assertThat(found.source()).isEqualTo("faa");
			assertThat(found.model()).contains("172S");
		});
		assertThat(aircraft.findByRegistration(pilot, "C-GXYZ")).hasValueSatisfying(found -> {
			assertThat(found.verified()).isFalse();
			assertThat(found.source()).isEqualTo("myflightbook");
			assertThat(found.model()).contains("Beaver");
		});
	}

	@Test
	void importsAircraftFlightsCurrencyAndTotals() {
		SyncJob queued = sync.enqueue(pilot);
		assertThat(queued.status()).isEqualTo(SyncJob.Status.QUEUED);

		sync.run(queued.id());

		SyncJob job = sync.latest(pilot).orElseThrow();
		assertThat(job.status()).isEqualTo(SyncJob.Status.COMPLETED);
		assertThat(job.finishedAt()).isNotNull();
		assertThat(job.flightsSeen()).isEqualTo(3);
		assertThat(job.imported() + job.skipped() + job.failed()).isEqualTo(3);
		assertThat(job.imported()).isPositive();
		assertThat(job.aircraft()).isEqualTo(1);
		assertThat(job.mfbFlights()).isEqualTo(3);
		assertThat(job.mfbAircraft()).isEqualTo(3);
		assertThat(job.mfbTotalMinutes()).isNotNull().isPositive();
		assertThat(aircraft.findByRegistration(pilot, "N12345")).isPresent();
		assertThat(aircraft.list(pilot)).hasSize(1);
		assertThat(sourceIds()).hasSize(job.imported()).allMatch(id -> id.startsWith("mfb:"));
		assertThat(logbook.totals(pilot).lifetime().flights()).isEqualTo(job.imported());
		assertThat(currency.list(pilot)).isNotEmpty();
		assertThat(totals.list(pilot)).isNotEmpty();

		ImportRun run = sync.latestImportRun(pilot).orElseThrow();
		assertThat(run.id()).isEqualTo(job.importRunId());
		assertThat(run.status()).isEqualTo(ImportRun.Status.COMPLETED);
		assertThat(run.source()).isEqualTo("myflightbook");
		assertThat(run.received()).isEqualTo(3);
		assertThat(run.imported()).isEqualTo(job.imported());
		assertThat(run.failedFlights()).isEqualTo(job.failed());
	}

	@Test
	void keepsAnAircraftThePilotMadeAndTotalsItDoesNotKnowUnderOther() {
		aircraft.add(pilot, new AircraftDetails("N12345", "C172", "My own Skyhawk", "asel", 1, false, false, false,
				false, false, false, null));

		sync.run(sync.enqueue(pilot).id());

		assertThat(aircraft.list(pilot)).singleElement()
			.satisfies(own -> assertThat(own.model()).isEqualTo("My own Skyhawk"));
		assertThat(totals.list(pilot)).anySatisfy(total -> {
			assertThat(total.dimension()).isEqualTo(TotalsMapping.Dimension.OTHER);
			assertThat(total.description()).isEqualTo("Night Takeoffs");
		}).anySatisfy(total -> assertThat(total.dimension()).isEqualTo(TotalsMapping.Dimension.TOTAL_TIME));
		SyncJob job = sync.latest(pilot).orElseThrow();
		assertThat(totals.list(pilot)).filteredOn(total -> total.dimension() == TotalsMapping.Dimension.TOTAL_TIME)
			.singleElement()
			.satisfies(total -> assertThat(total.amount().longValueExact()).isEqualTo(job.mfbTotalMinutes()));
	}

	@Test
	void aSecondSyncImportsNothingNew() {
		sync.run(sync.enqueue(pilot).id());
		List<String> first = sourceIds();

		SyncJob second = sync.enqueue(pilot);
		sync.run(second.id());

		SyncJob job = sync.latest(pilot).orElseThrow();
		assertThat(job.id()).isEqualTo(second.id());
		assertThat(job.status()).isEqualTo(SyncJob.Status.COMPLETED);
		assertThat(job.imported()).isZero();
		assertThat(job.skipped()).isEqualTo(3 - job.failed());
		assertThat(sourceIds()).containsExactlyInAnyOrderElementsOf(first);
		assertThat(aircraft.list(pilot)).hasSize(1);
	}

	@Test
	void linksAFlightLoggedByHandInsteadOfDuplicatingIt() {
		mfb.flights(List.of(aFlight(5001, LocalDate.of(2026, 5, 10))));
		logbook.record(pilot,
				FlightValues.empty()
					.overlay(Map.of(FlightColumn.FLIGHT_DATE, LocalDate.of(2026, 5, 10), FlightColumn.DEPARTURE_AIRPORT,
							"KPAE", FlightColumn.ARRIVAL_AIRPORT, "KBLI", FlightColumn.BLOCK_TIME_MINUTES, 75)),
				Provenance.MANUAL);

		sync.run(sync.enqueue(pilot).id());

		SyncJob job = sync.latest(pilot).orElseThrow();
		assertThat(job.imported()).isZero();
		assertThat(job.skipped()).isEqualTo(1);
		assertThat(sourceIds()).containsExactly("mfb:5001");
		assertThat(jdbc.sql("SELECT block_time_minutes FROM logbook_flight WHERE pilot_id = :pilot")
			.param("pilot", pilot.value())
			.query(Integer.class)
			.single()).isEqualTo(75);

		sync.run(sync.enqueue(pilot).id());
		assertThat(sourceIds()).containsExactly("mfb:5001");
	}

	@Test
	void skipsAndCountsDatelessAndOverLongEntries() {
		String dateless = aFlight(6001, LocalDate.of(2026, 5, 1)).replace("\"Date\":\"2026-05-01T00:00:00\",", "");
		String overLong = aFlight(6002, LocalDate.of(2026, 5, 2)).replace("\"Comment\":\"\"",
				"\"Comment\":\"" + "x".repeat(4001) + "\"");
		mfb.flights(List.of(aFlight(6003, LocalDate.of(2026, 5, 3)), dateless, overLong));

		sync.run(sync.enqueue(pilot).id());

		SyncJob job = sync.latest(pilot).orElseThrow();
		assertThat(job.status()).isEqualTo(SyncJob.Status.COMPLETED);
		assertThat(job.imported()).isEqualTo(1);
		assertThat(job.skipped()).isEqualTo(2);
		assertThat(sourceIds()).containsExactly("mfb:6003");
		assertThat(sync.latestImportRun(pilot).orElseThrow().skipped()).isEqualTo(2);
	}

	@Test
	void failsWithTheReasonWhenMyFlightbookWantsAReconnect() {
		mfb.revokeAuthorization().expireAccessTokens();

		sync.run(sync.enqueue(pilot).id());

		SyncJob job = sync.latest(pilot).orElseThrow();
		assertThat(job.status()).isEqualTo(SyncJob.Status.FAILED);
		assertThat(job.failure()).contains("Please reconnect MyFlightbook.");
		ImportRun run = sync.latestImportRun(pilot).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(run.failure()).isEqualTo(job.failure());
		assertThat(sync.enqueue(pilot).id()).isNotEqualTo(job.id());
	}

	@Test
	void refusesToQueueForAPilotWhoIsNotConnected() {
		assertThatThrownBy(() -> sync.enqueue(UserId.random())).isInstanceOf(Conflict.class)
			.hasMessage("Connect MyFlightbook first.");
	}

	@Test
	void queuesOneActiveJobPerPilotUnderConcurrency() throws Exception {
		for (int round = 0; round < 5; round++) {
			UserId racer = UserId.random();
			connection.connect(racer, mfb.issueCode(), CALLBACK);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<SyncJob>> results = new ArrayList<>();
			try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
				for (int i = 0; i < 2; i++) {
					results.add(threads.submit(() -> {
						start.await();
						return sync.enqueue(racer);
					}));
				}
				start.countDown();
				assertThat(results.get(0).get().id()).isEqualTo(results.get(1).get().id());
			}
			assertThat(jdbc.sql("SELECT COUNT(*) FROM myflightbook_sync_job WHERE pilot_id = :pilot")
				.param("pilot", racer.value())
				.query(Integer.class)
				.single()).isEqualTo(1);
			connection.disconnect(racer);
		}
	}

	@Test
	void resumesAJobWhoseNodeDiedMidImportWithoutDuplicates() {
		mfb.manyFlights(120);
		AtomicBoolean died = new AtomicBoolean();
		importer.afterPage = () -> {
			if (died.compareAndSet(false, true)) {
				throw new NodeDied();
			}
		};
		SyncJob job = sync.enqueue(pilot);

		assertThatThrownBy(() -> sync.run(job.id())).isInstanceOf(NodeDied.class);
		assertThat(sync.latest(pilot).orElseThrow().status()).isEqualTo(SyncJob.Status.RUNNING);
		assertThat(sync.latestImportRun(pilot).orElseThrow().status()).isEqualTo(ImportRun.Status.PROCESSING);
		assertThat(sourceIds()).hasSize(50);
		assertThat(sync.enqueue(pilot).id()).isEqualTo(job.id());

		// db-scheduler revives the dead execution: the job runs again from the start
		sync.run(job.id());

		SyncJob resumed = sync.latest(pilot).orElseThrow();
		assertThat(resumed.status()).isEqualTo(SyncJob.Status.COMPLETED);
		assertThat(sourceIds()).hasSize(120).doesNotHaveDuplicates();
		ImportRun run = sync.latestImportRun(pilot).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportRun.Status.COMPLETED);
		assertThat(run.imported()).isEqualTo(120);
		assertThat(imports.recentRuns(pilot, "myflightbook", 10)).hasSize(1);
		assertThat(logbook.totals(pilot).lifetime().flights()).isEqualTo(120);
	}

	@Test
	void leavesAnEndedJobAlone() {
		SyncJob job = sync.enqueue(pilot);
		sync.run(job.id());
		SyncJob done = sync.latest(pilot).orElseThrow();

		sync.run(job.id());

		assertThat(sync.latest(pilot).orElseThrow()).isEqualTo(done);
	}

	@Test
	void queuesASyncAndShowsItsProgressOverTheApi() {
		ApiClient api = new ApiClient(port);
		ApiClient.Pilot apiPilot = api.newPilot();
		UserId user = new UserId(UUID.fromString(apiPilot.id()));
		connection.connect(user, mfb.issueCode(), CALLBACK);

		ApiClient.Response queued = api.send("POST", "/v1/me/integrations/myflightbook/sync", apiPilot.key(), Map.of());
		ApiClient.Response again = api.send("POST", "/v1/me/integrations/myflightbook/sync", apiPilot.key(), Map.of());

		assertThat(queued.status()).isEqualTo(202);
		JsonNode job = queued.body().get("data");
		assertThat(job.get("type").asString()).isEqualTo("myflightbook_sync");
		assertThat(job.get("attributes").get("status").asString()).isEqualTo("queued");
		assertThat(again.body().get("data").get("id").asString()).isEqualTo(job.get("id").asString());
		JsonNode before = api.get("/v1/me/integrations/myflightbook", apiPilot.key())
			.body()
			.get("data")
			.get("attributes");
		assertThat(before.get("configured").asBoolean()).isTrue();
		assertThat(before.get("connected").asBoolean()).isTrue();
		assertThat(before.get("latest_sync").get("status").asString()).isEqualTo("queued");

		sync.run(UUID.fromString(job.get("id").asString()));

		ApiClient.Response shown = api.get("/v1/me/integrations/myflightbook", apiPilot.key());
		assertThat(shown.status()).isEqualTo(200);
		JsonNode attributes = shown.body().get("data").get("attributes");
		assertThat(attributes.get("latest_sync").get("status").asString()).isEqualTo("completed");
		assertThat(attributes.get("latest_sync").get("flights_seen").asInt()).isEqualTo(3);
		assertThat(attributes.get("mfb_flights").asInt()).isEqualTo(3);
		assertThat(attributes.get("mfb_aircraft").asInt()).isEqualTo(3);
		assertThat(attributes.get("mfb_total_minutes").asLong()).isPositive();
		assertThat(attributes.get("latest_import").get("status").asString()).isEqualTo("completed");
		assertThat(attributes.get("latest_import").get("received").asInt()).isEqualTo(3);
	}

	@Test
	void refusesASyncOverTheApiUntilMyFlightbookIsConnected() {
		ApiClient api = new ApiClient(port);
		ApiClient.Pilot apiPilot = api.newPilot();

		ApiClient.Response refused = api.send("POST", "/v1/me/integrations/myflightbook/sync", apiPilot.key(),
				Map.of());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("error").get("message").asString()).isEqualTo("Connect MyFlightbook first.");
		JsonNode shown = api.get("/v1/me/integrations/myflightbook", apiPilot.key())
			.body()
			.get("data")
			.get("attributes");
		assertThat(shown.get("connected").asBoolean()).isFalse();
		assertThat(shown.get("latest_sync").isNull()).isTrue();
	}

	@Test
	void runsAQueuedJobAsTheSchedulersTask() {
		// enqueue finds no scheduler in tests (db-scheduler is off), so the job is handed
		// to a manual one here, through the same seam
		SyncJob job = sync.enqueue(pilot);
		ManualScheduler scheduler = TestHelper.createManualScheduler(dataSource, List.of(syncTask))
			.clock(new SettableClock())
			.build();
		try {
			// whole milliseconds: the database keeps microseconds and would round a
			// nanosecond instant up, past the scheduler's "now", about half the time
			Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			scheduler.setTime(now);
			new SyncJobScheduler(new StaticListableBeanFactory(Map.of("scheduler", scheduler))
				.getBeanProvider(SchedulerClient.class), Clock.fixed(now, ZoneOffset.UTC)).schedule(job.id());

			scheduler.runAnyDueExecutions();
		}
		finally {
			scheduler.stop();
			jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = :name")
				.param("name", SyncJobScheduler.TASK_NAME)
				.update();
		}

		assertThat(sync.latest(pilot).orElseThrow().status()).isEqualTo(SyncJob.Status.COMPLETED);
		assertThat(sourceIds()).isNotEmpty();
	}

	private List<String> sourceIds() {
		return jdbc.sql("SELECT source_id FROM logbook_flight WHERE pilot_id = :pilot")
			.param("pilot", pilot.value())
			.query(String.class)
			.list();
	}

	/** What a node's death looks like from inside the import: nothing catches it. */
	static final class NodeDied extends Error {

	}

}
