package aero.hobbs.billing;

import static aero.hobbs.billing.InvoicingFixtures.anEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.Connectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

/**
 * The recurring task as db-scheduler runs it, on the {@code scheduled_tasks} table that
 * the migration creates: scheduled for 00:30 UTC, it invoices the month that just ended.
 * The tests' scheduler is a manual one whose clock the test sets; the application's own
 * scheduler is off in tests.
 */
@BillingIntegrationTest
class InvoicingJobIntegrationTests {

	@Autowired
	RecurringTask<Void> invoiceEndedMonthsTask;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Invoicing invoicing;

	@Autowired
	Connectors connectors;

	@Autowired
	AllowedUsers allowedUsers;

	@Autowired
	MovableClock clock;

	ManualScheduler scheduler;

	@BeforeEach
	@AfterEach
	void forgetTheTask() {
		if (scheduler != null) {
			scheduler.stop();
		}
		jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = :name").param("name", InvoicingJob.TASK_NAME).update();
	}

	@Test
	void invoicesTheEndedMonthAtHalfPastMidnightUtc() {
		InvoicingFixtures fixtures = new InvoicingFixtures(connectors, allowedUsers, clock);
		long connector = fixtures.aConnectorCreatedAt("2025-10-02T08:00:00Z", "4.00");
		fixtures.register(connector, anEmail("pilot"), "2025-10-03T08:00:00Z");

		scheduler = TestHelper.createManualScheduler(dataSource, List.of())
			.clock(new SettableClock())
			.startTasks(List.of(invoiceEndedMonthsTask))
			.build();
		scheduler.setTime(Instant.parse("2025-10-31T12:00:00Z"));
		scheduler.start();
		assertThat(nextRun()).isEqualTo(Instant.parse("2025-11-01T00:30:00Z"));

		Instant halfPastMidnight = Instant.parse("2025-11-01T00:30:00Z");
		scheduler.setTime(halfPastMidnight);
		clock.set(halfPastMidnight);
		scheduler.runAnyDueExecutions();

		assertThat(invoicing.list(YearMonth.of(2025, 10), connector)).singleElement()
			.satisfies(item -> assertThat(item.qualifiedUsers()).isEqualTo(1));
		assertThat(nextRun()).isEqualTo(Instant.parse("2025-11-02T00:30:00Z"));
	}

	private Instant nextRun() {
		return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = :name")
			.param("name", InvoicingJob.TASK_NAME)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

}
