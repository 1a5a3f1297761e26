package aero.hobbs.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.OutboundHttp;
import aero.hobbs.shared.SecretBox;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's webhook endpoints: adding, changing (re-enabling is a change),
 * removing, and rotating the signing secret. Every method needs
 * {@link Permission#WEBHOOKS_MANAGE}. URLs must be https; plain http is accepted only
 * where outbound calls may reach private networks (tests, local demos), and the URL is
 * judged by the same rules as every outbound call.
 */
@Service
public class Endpoints {

	static final int MAX_DESCRIPTION = 500;

	static final int MAX_URL = 2048;

	private final EndpointRepository endpoints;

	private final DeliveryRepository deliveries;

	private final OrganizationAccess access;

	private final SecretBox secrets;

	private final OutboundHttp outbound;

	private final Clock clock;

	Endpoints(EndpointRepository endpoints, DeliveryRepository deliveries, OrganizationAccess access, SecretBox secrets,
			OutboundHttp outbound, Clock clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.access = access;
		this.secrets = secrets;
		this.outbound = outbound;
		this.clock = clock;
	}

	public List<Endpoint> list(OrganizationId organization, UserId user) {
		access.require(organization, user, Permission.WEBHOOKS_MANAGE);
		return endpoints.list(organization);
	}

	public Endpoint find(OrganizationId organization, UserId user, UUID id) {
		access.require(organization, user, Permission.WEBHOOKS_MANAGE);
		return endpoints.find(organization, id).orElseThrow(() -> new NotFound("Webhook endpoint"));
	}

	@Transactional
	public CreatedEndpoint add(OrganizationId organization, UserId user, EndpointChanges input) {
		access.require(organization, user, Permission.WEBHOOKS_MANAGE);
		List<FieldIssue> issues = new ArrayList<>();
		String url = url(input.url(), issues);
		String description = description(input.description(), issues);
		List<WebhookEvent> events = events(input.events(), issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		Instant now = clock.instant();
		String secret = SigningSecret.generate();
		Endpoint endpoint = new Endpoint(UUID.randomUUID(), organization, url, description, events,
				input.enabled() == null || input.enabled(), null, null, now, now);
		endpoints.insert(endpoint, secrets.seal(secret));
		return new CreatedEndpoint(endpoint, secret);
	}

	@Transactional
	public Endpoint change(OrganizationId organization, UserId user, UUID id, EndpointChanges changes) {
		Endpoint endpoint = find(organization, user, id);
		List<FieldIssue> issues = new ArrayList<>();
		String url = changes.url() == null ? endpoint.url() : url(changes.url(), issues);
		String description = changes.description() == null ? endpoint.description()
				: description(changes.description(), issues);
		List<WebhookEvent> events = changes.events() == null ? endpoint.events() : events(changes.events(), issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		boolean enabled = changes.enabled() == null ? endpoint.enabled() : changes.enabled();
		Endpoint changed = endpoint.with(url, description, events, enabled, clock.instant());
		endpoints.update(changed);
		return changed;
	}

	/** A new signing secret; the old one stops signing at once. */
	@Transactional
	public CreatedEndpoint rotateSecret(OrganizationId organization, UserId user, UUID id) {
		Endpoint endpoint = find(organization, user, id);
		String secret = SigningSecret.generate();
		endpoints.replaceSecret(id, secrets.seal(secret), clock.instant());
		return new CreatedEndpoint(endpoint, secret);
	}

	/** Removes the endpoint with its delivery log. */
	@Transactional
	public void remove(OrganizationId organization, UserId user, UUID id) {
		find(organization, user, id);
		deliveries.deleteForEndpoint(id);
		endpoints.delete(id);
	}

	private String url(@Nullable String value, List<FieldIssue> issues) {
		Optional<String> problem = outbound.problemWith(value);
		if (problem.isPresent()) {
			issues.add(new FieldIssue("url", problem.get()));
			return "";
		}
		String url = value == null ? "" : value.strip();
		if (url.length() > MAX_URL) {
			issues.add(new FieldIssue("url", "The URL must be at most " + MAX_URL + " characters long"));
		}
		else if (!URI.create(url).getScheme().toLowerCase(Locale.ROOT).equals("https")
				&& !outbound.allowsPrivateNetworks()) {
			issues.add(new FieldIssue("url", "The URL must start with https://"));
		}
		return url;
	}

	private static String description(@Nullable String value, List<FieldIssue> issues) {
		String description = value == null ? "" : value.strip();
		if (description.length() > MAX_DESCRIPTION) {
			issues.add(new FieldIssue("description",
					"The description must be at most " + MAX_DESCRIPTION + " characters long"));
		}
		return description;
	}

	private static List<WebhookEvent> events(@Nullable List<String> names, List<FieldIssue> issues) {
		if (names == null || names.isEmpty()) {
			issues.add(new FieldIssue("events", "Pick at least one event: " + WebhookEvent.choices()));
			return List.of();
		}
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		for (String name : names) {
			Optional<WebhookEvent> event = name == null ? Optional.empty() : WebhookEvent.fromWire(name);
			if (event.isEmpty()) {
				issues.add(new FieldIssue("events",
						"Unknown event '" + name + "': choose from " + WebhookEvent.choices()));
				return List.of();
			}
			events.add(event.get());
		}
		return List.copyOf(events);
	}

}
