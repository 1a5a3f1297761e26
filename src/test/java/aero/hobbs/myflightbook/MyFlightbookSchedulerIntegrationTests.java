package aero.hobbs.myflightbook;

import aero.hobbs.myflightbook.client.MyFlightbookConnection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import tools.jackson.databind.JsonNode;

/**
 * The production wiring end to end: db-scheduler really runs here (the other test
 * contexts switch it off), so a sync queued by connecting, and one queued over
 * {@code POST /v1/me/integrations/myflightbook/sync}, are picked up and run by the
 * scheduler's own threads against {@link MyFlightbookSimulator}.
 * <p>
 * A polling scheduler in a cached context would run executions that other tests schedule
 * and expect to run themselves. So on H2 this context has an in-memory database of its
 * own, and on PostgreSQL (one database for the whole suite) the context is closed after
 * the class, which stops its scheduler; before that, the executions it knows (the
 * recurring tasks it registered on start) are cancelled so that the database looks to
 * later tests as it did before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "db-scheduler.enabled=true", "db-scheduler.polling-interval=1s",
				"db-scheduler.heartbeat-interval=1s", "db-scheduler.shutdown-max-wait=5s" })
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyFlightbookSchedulerIntegrationTests {

	static final URI CALLBACK = URI.create("https://hobbs.example/api/integrations/myflightbook/callback");

	static final Duration PATIENCE = Duration.ofSeconds(30);

	static final MyFlightbookSimulator mfb = new MyFlightbookSimulator();

	@DynamicPropertySource
	static void simulatedMyFlightbookAndADatabaseOfItsOwn(DynamicPropertyRegistry registry) {
		registry.add("hobbs.myflightbook.base-url", () -> mfb.baseUrl().toString());
		registry.add("hobbs.myflightbook.client-id", () -> MyFlightbookSimulator.CLIENT_ID);
		registry.add("hobbs.myflightbook.client-secret", () -> MyFlightbookSimulator.CLIENT_SECRET);
		registry.add("hobbs.myflightbook.call-spacing", () -> "0ms");
		// SPRING_DATASOURCE_URL chooses PostgreSQL for the whole run; without it every
		// context shares jdbc:h2:mem:hobbs-test, which this one keeps away from
		String chosen = System.getenv("SPRING_DATASOURCE_URL");
		if (chosen == null || chosen.startsWith("jdbc:h2:")) {
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:mem:hobbs-test-scheduler;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	MyFlightbookConnection connection;

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	void stopTheSchedulerAndForgetItsTasks() {
		// the recurring tasks it registered on start, and anything else it would run
		List<TaskInstanceId> scheduled = scheduler.getScheduledExecutions(ScheduledExecutionsFilter.all())
			.stream()
			.map(ScheduledExecution::getTaskInstance)
			.map(instance -> TaskInstanceId.of(instance.getTaskName(), instance.getId()))
			.toList();
		scheduled.forEach(scheduler::cancel);
		scheduler.stop();
		mfb.close();
	}

	@Test
	void theSchedulerRunsTheFirstSyncAndOneQueuedOverTheApi() {
		ApiClient api = new ApiClient(port);
		ApiClient.Pilot pilot = api.newPilot();
		mfb.flights(List.of());

		// connecting queues the first sync; the scheduler runs it, nobody else does here
		connection.connect(new UserId(UUID.fromString(pilot.id())), mfb.issueCode(), CALLBACK);
		JsonNode first = awaitEnded(api, pilot, null);
		assertThat(first.get("status").asString()).isEqualTo("completed");
		assertThat(first.get("flights_seen").asInt()).isZero();

		mfb.manyFlights(120);
		ApiClient.Response queued = api.send("POST", "/v1/me/integrations/myflightbook/sync", pilot.key(), Map.of());
		assertThat(queued.status()).isEqualTo(202);
		String jobId = queued.body().get("data").get("id").asString();
		assertThat(jobId).isNotEqualTo(first.get("id").asString());

		JsonNode job = awaitEnded(api, pilot, jobId);
		assertThat(job.get("status").asString()).isEqualTo("completed");
		assertThat(job.get("flights_seen").asInt()).isEqualTo(120);
		assertThat(job.get("imported").asInt()).isEqualTo(120);
		ApiClient.Response listed = api.get("/v1/me/flight-logs?page=1&per_page=1", pilot.key());
		assertThat(listed.body().get("meta").get("total").asInt()).isEqualTo(120);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = :name")
			.param("name", SyncJobScheduler.TASK_NAME)
			.query(Integer.class)
			.single()).as("a one-time execution is removed once it has run").isZero();
	}

	/**
	 * Polls GET /v1/me/integrations/myflightbook until the latest sync (the given one, or
	 * any) has ended.
	 */
	private JsonNode awaitEnded(ApiClient api, ApiClient.Pilot pilot, @Nullable String jobId) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		JsonNode latest = null;
		while (System.nanoTime() < deadline) {
			latest = api.get("/v1/me/integrations/myflightbook", pilot.key())
				.body()
				.get("data")
				.get("attributes")
				.get("latest_sync");
			if (latest != null && !latest.isNull() && (jobId == null || jobId.equals(latest.get("id").asString()))
					&& List.of("completed", "failed").contains(latest.get("status").asString())) {
				return latest;
			}
			sleep(Duration.ofMillis(50));
		}
		throw new AssertionError("The sync had not ended after " + PATIENCE + "; latest: " + latest);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
