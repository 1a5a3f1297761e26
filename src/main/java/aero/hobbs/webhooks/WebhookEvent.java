package aero.hobbs.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The events an endpoint may subscribe to, by the name a receiver sees in {@code type},
 * and the resource type their {@code data} carries. {@link #TEST} is the ping an admin
 * sends from the endpoint's page; nobody subscribes to it.
 */
public enum WebhookEvent {

	FLIGHT_LOG_CREATED("flight_log.created", "flight_log"), FLIGHT_LOG_UPDATED("flight_log.updated", "flight_log"),
	MEMBER_ADDED("member.added", "member"), MEMBER_REMOVED("member.removed", "member"),
	INVOICE_CREATED("invoice.created", "invoice"), INVOICE_PAID("invoice.paid", "invoice"),
	AIRCRAFT_STATUS_CHANGED("aircraft.status_changed", "aircraft"), TEST("webhook.test", "webhook_endpoint");

	private final String wireName;

	private final String resourceType;

	WebhookEvent(String wireName, String resourceType) {
		this.wireName = wireName;
		this.resourceType = resourceType;
	}

	/** The name in payloads and subscriptions: {@code flight_log.created}. */
	public String wireName() {
		return wireName;
	}

	String resourceType() {
		return resourceType;
	}

	/** The events an endpoint may pick, in the order the API documents them. */
	public static List<WebhookEvent> subscribable() {
		return Arrays.stream(values()).filter(event -> event != TEST).toList();
	}

	public static Optional<WebhookEvent> fromWire(String name) {
		return subscribable().stream().filter(event -> event.wireName.equals(name.strip())).findFirst();
	}

	/** For messages: the names a subscription may use. */
	public static String choices() {
		return subscribable().stream().map(WebhookEvent::wireName).collect(Collectors.joining(", "));
	}

}
