package aero.hobbs.billing;

import java.time.LocalTime;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The db-scheduler task that invoices ended months: daily at 00:30 UTC, on one node of
 * the cluster. Daily rather than monthly so that a run missed on the 1st (no node up, a
 * price missing) is made up the next day; on days with nothing to invoice it only reads.
 * A failed run is retried at the next scheduled time.
 */
@Configuration(proxyBeanMethods = false)
class InvoicingJob {

	static final String TASK_NAME = "billing-invoice-ended-months";

	static final LocalTime RUNS_AT = LocalTime.of(0, 30);

	@Bean
	RecurringTask<Void> invoiceEndedMonthsTask(Invoicing invoicing) {
		return Tasks.recurring(TASK_NAME, Schedules.daily(ZoneOffset.UTC, RUNS_AT))
			.execute((instance, context) -> invoicing.invoiceEndedMonths());
	}

}
