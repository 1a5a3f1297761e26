package aero.hobbs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.MemberAdded;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.UserId;
import aero.hobbs.webhooks.WebhookReceiver.Received;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

/**
 * What makes delivery at least once: a pending delivery is a row, so a node that starts
 * later delivers it through the scheduler's task; and handling one event publication
 * twice (a resubmission after a crash) writes one delivery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
class WebhookDeliveryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecurringTask<Void> webhooksDeliverDueTask;

	@Autowired
	DeliveryQueue queue;

	@Autowired
	DeliveryRepository deliveries;

	@Autowired
	EventSerializer serializer;

	@Test
	void aPendingDeliveryIsDeliveredByTheSchedulersTaskOfANodeThatStartsLater() throws Exception {
		ApiClient api = new ApiClient(port);
		School school = fixtures.aSchool(api);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			receiver.answer(503);
			String endpoint = created(api, school, receiver.url());
			fixtures.join(api, school.id(), school.owner(), Role.MEMBER);
			Received first = receiver.next(Duration.ofSeconds(15));
			Delivery pending = awaitAttempted(UUID.fromString(endpoint));
			assertThat(pending.status()).isEqualTo(Delivery.Status.PENDING);

			// what survives a restart is the row; a new node's scheduler runs the task
			ManualScheduler scheduler = TestHelper.createManualScheduler(dataSource)
				.clock(new SettableClock())
				.startTasks(List.of(webhooksDeliverDueTask))
				.build();
			try {
				// the task is due on the scheduler's clock; the delivery on the real one
				scheduler.setTime(Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS));
				scheduler.start();
				while (Instant.now().isBefore(pending.nextAttemptAt())) {
					Thread.sleep(200);
				}
				scheduler.runAnyDueExecutions();
			}
			finally {
				scheduler.stop();
				jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ?").param(DeliveryPolling.TASK_NAME).update();
			}

			Delivery delivered = deliveries.find(pending.id()).orElseThrow();
			assertThat(delivered.status()).isEqualTo(Delivery.Status.DELIVERED);
			assertThat(delivered.attempts()).isEqualTo(2);
			assertThat(receiver.all()).hasSize(2);
			assertThat(receiver.all().get(1).header("webhook-id")).isEqualTo(first.header("webhook-id"));
		}
	}

	@Test
	void handlingAPublicationTwiceWritesOneDelivery() throws Exception {
		ApiClient api = new ApiClient(port);
		School school = fixtures.aSchool(api);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String endpoint = created(api, school, receiver.url());
			MemberAdded event = new MemberAdded(school.id(), UserId.random(), Role.MEMBER);
			// the publication as the registry keeps it while its listener has not
			// finished
			UUID publication = UUID.randomUUID();
			jdbc.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(publication, WebhookRelay.MEMBER_ADDED, MemberAdded.class.getName(),
						serializer.serialize(event).toString(), java.sql.Timestamp.from(Instant.now()))
				.update();

			List<UUID> first = enqueue(event);
			List<UUID> again = enqueue(event);
			jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(publication).update();

			assertThat(first).hasSize(1);
			assertThat(again).isEmpty();
			assertThat(deliveries.count(UUID.fromString(endpoint))).isEqualTo(1);
			receiver.next(Duration.ofSeconds(15));
			Thread.sleep(500);
			assertThat(receiver.all()).hasSize(1);
		}
	}

	private List<UUID> enqueue(MemberAdded event) {
		return queue.enqueue(event, WebhookRelay.MEMBER_ADDED, event.organizationId(), WebhookEvent.MEMBER_ADDED,
				event.userId().toString(), Map.of("user_id", event.userId().toString()));
	}

	private Delivery awaitAttempted(UUID endpoint) throws InterruptedException {
		for (int i = 0; i < 150; i++) {
			List<Delivery> page = deliveries.page(endpoint, 0, 10);
			if (!page.isEmpty() && page.getFirst().attempts() > 0) {
				return page.getFirst();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No attempt was recorded");
	}

	private static String created(ApiClient api, School school, String url) {
		Response created = api.send("POST", school.path() + "/webhooks", school.owner().key(),
				Map.of("url", url, "events", List.of("member.added")));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.body().get("data").get("id").asString();
	}

}
