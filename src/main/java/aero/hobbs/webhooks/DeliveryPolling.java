package aero.hobbs.webhooks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The db-scheduler task that attempts due deliveries every
 * {@code hobbs.webhooks.poll-interval}, on one node at a time. Retries are rows with a
 * due time rather than scheduled executions, so a restart loses none: whichever node
 * polls next finds them. (Without a scheduler, as in tests, nothing polls; tests call
 * {@link Dispatcher#deliverDue} themselves.)
 */
@Configuration(proxyBeanMethods = false)
class DeliveryPolling {

	static final String TASK_NAME = "webhooks-deliver-due";

	@Bean
	RecurringTask<Void> webhooksDeliverDueTask(Dispatcher dispatcher, WebhooksProperties properties) {
		return Tasks.recurring(TASK_NAME, FixedDelay.of(properties.pollInterval()))
			.execute((instance, context) -> dispatcher.deliverDue());
	}

}
