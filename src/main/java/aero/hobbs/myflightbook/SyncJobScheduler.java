package aero.hobbs.myflightbook;

import java.time.Clock;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * Sync jobs on db-scheduler: a one-time task instance per job (the instance id is the job
 * id), so each job runs on exactly one node, and an execution whose node stopped
 * heartbeating is revived and run again. Without a scheduler (db-scheduler is off in
 * tests) jobs stay queued until something calls {@link MyFlightbookSync#run}.
 */
@Configuration(proxyBeanMethods = false)
class SyncJobScheduler {

	static final String TASK_NAME = "myflightbook-sync";

	private final ObjectProvider<SchedulerClient> schedulers;

	private final Clock clock;

	SyncJobScheduler(ObjectProvider<SchedulerClient> schedulers, Clock clock) {
		this.schedulers = schedulers;
		this.clock = clock;
	}

	@Bean
	OneTimeTask<Void> myflightbookSyncTask(@Lazy MyFlightbookSync sync) {
		return Tasks.oneTime(TASK_NAME).execute((instance, context) -> sync.run(UUID.fromString(instance.getId())));
	}

	/**
	 * Schedules the job's execution now unless it has one; this node then looks for due
	 * executions at once rather than at its next poll. Inside a transaction (the first
	 * sync, queued by the listener that hears a pilot connect) the execution row is part
	 * of it, so the look happens after the commit: before it, the poll would not see the
	 * row and the job would wait for the next polling interval.
	 */
	void schedule(UUID jobId) {
		schedulers.ifAvailable(scheduler -> {
			boolean scheduled = scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK_NAME, jobId.toString()),
					clock.instant());
			if (scheduled && scheduler instanceof Scheduler running) {
				afterCommit(running::triggerCheckForDueExecutions);
			}
		});
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
