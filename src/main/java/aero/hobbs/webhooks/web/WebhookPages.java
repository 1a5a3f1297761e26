package aero.hobbs.webhooks.web;

import java.util.List;
import java.util.UUID;

import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;
import aero.hobbs.webhooks.CreatedEndpoint;
import aero.hobbs.webhooks.Deliveries;
import aero.hobbs.webhooks.Delivery;
import aero.hobbs.webhooks.Endpoint;
import aero.hobbs.webhooks.EndpointChanges;
import aero.hobbs.webhooks.Endpoints;
import aero.hobbs.webhooks.WebhookEvent;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhooks pages for an organization's admins: the endpoints with their status (and
 * why Hobbs disabled one), a form to add one whose secret is shown once, and per endpoint
 * its settings and delivery log with redelivery.
 */
@Controller
@RequestMapping("/organizations/{orgId}/webhooks")
class WebhookPages {

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	private final Organizations organizations;

	private final OrganizationAccess access;

	WebhookPages(Endpoints endpoints, Deliveries deliveries, Organizations organizations, OrganizationAccess access) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, Model model) {
		return list(user, new OrganizationId(orgId), model, new EndpointForm("", "", List.of(), true),
				FormErrors.none());
	}

	@PostMapping
	String add(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @ModelAttribute EndpointForm form,
			Model model, RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		CreatedEndpoint created;
		try {
			created = endpoints.add(id, user.id(), form.changes());
		}
		catch (InvalidInput e) {
			return list(user, id, model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("secret", created.secret());
		redirect.addFlashAttribute("notice",
				"The endpoint was added. Copy its signing secret now: it is shown only " + "this once.");
		return "redirect:/organizations/" + orgId + "/webhooks/" + created.endpoint().id();
	}

	@GetMapping("/{endpointId}")
	String endpoint(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID endpointId,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Endpoint endpoint = endpoints.find(new OrganizationId(orgId), user.id(), endpointId);
		return endpoint(user, endpoint, page, model, EndpointForm.of(endpoint), FormErrors.none());
	}

	@PostMapping("/{endpointId}")
	String change(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID endpointId,
			@ModelAttribute EndpointForm form, Model model, RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		try {
			endpoints.change(id, user.id(), endpointId, form.changes());
		}
		catch (InvalidInput e) {
			return endpoint(user, endpoints.find(id, user.id(), endpointId), 1, model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("notice", "The endpoint was saved.");
		return redirectTo(orgId, endpointId);
	}

	@PostMapping("/{endpointId}/rotate-secret")
	String rotateSecret(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID endpointId, RedirectAttributes redirect) {
		CreatedEndpoint rotated = endpoints.rotateSecret(new OrganizationId(orgId), user.id(), endpointId);
		redirect.addFlashAttribute("secret", rotated.secret());
		redirect.addFlashAttribute("notice",
				"A new signing secret replaces the old one. Copy it now: it is shown " + "only this once.");
		return redirectTo(orgId, endpointId);
	}

	@PostMapping("/{endpointId}/test")
	String test(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID endpointId,
			RedirectAttributes redirect) {
		Delivery ping = deliveries.test(new OrganizationId(orgId), user.id(), endpointId);
		redirect.addFlashAttribute("notice", "Sent a webhook.test ping: " + outcome(ping));
		return redirectTo(orgId, endpointId);
	}

	@PostMapping("/{endpointId}/delete")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID endpointId,
			RedirectAttributes redirect) {
		endpoints.remove(new OrganizationId(orgId), user.id(), endpointId);
		redirect.addFlashAttribute("notice", "The endpoint was removed with its delivery log.");
		return "redirect:/organizations/" + orgId + "/webhooks";
	}

	@PostMapping("/{endpointId}/deliveries/{deliveryId}/redeliver")
	String redeliver(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID endpointId, @PathVariable UUID deliveryId, RedirectAttributes redirect) {
		Delivery delivery = deliveries.redeliver(new OrganizationId(orgId), user.id(), endpointId, deliveryId);
		redirect.addFlashAttribute("notice", "Redelivered " + delivery.messageId() + ": " + outcome(delivery));
		return redirectTo(orgId, endpointId);
	}

	private String list(SignedInUser user, OrganizationId id, Model model, EndpointForm form, FormErrors errors) {
		Member member = access.require(id, user.id(), Permission.WEBHOOKS_MANAGE);
		model.addAttribute("org", organizations.settings(id));
		model.addAttribute("member", member);
		model.addAttribute("endpoints", endpoints.list(id, user.id()));
		model.addAttribute("events", WebhookEvent.subscribable());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "webhooks/list";
	}

	private String endpoint(SignedInUser user, Endpoint endpoint, int page, Model model, EndpointForm form,
			FormErrors errors) {
		OrganizationId id = endpoint.organizationId();
		PageQuery query = new PageQuery(Math.max(page, 1), PageQuery.DEFAULT_PER_PAGE);
		Deliveries.DeliveryPage log = deliveries.page(id, user.id(), endpoint.id(), query.offset(), query.perPage());
		model.addAttribute("org", organizations.settings(id));
		model.addAttribute("member", access.require(id, user.id(), Permission.WEBHOOKS_MANAGE));
		model.addAttribute("endpoint", endpoint);
		model.addAttribute("deliveries", log.deliveries());
		model.addAttribute("page", query.page());
		model.addAttribute("more", query.offset() + log.deliveries().size() < log.total());
		model.addAttribute("events", WebhookEvent.subscribable());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "webhooks/endpoint";
	}

	private static String redirectTo(UUID orgId, UUID endpointId) {
		return "redirect:/organizations/" + orgId + "/webhooks/" + endpointId;
	}

	private static String outcome(Delivery delivery) {
		if (delivery.status() == Delivery.Status.DELIVERED) {
			return "delivered (HTTP " + delivery.responseStatus() + " in " + delivery.latencyMs() + " ms).";
		}
		return "not delivered (" + (delivery.error() == null ? "no answer" : delivery.error()) + ").";
	}

	record EndpointForm(@Nullable String url, @Nullable String description, @Nullable List<String> events,
			@Nullable Boolean enabled) {

		static EndpointForm of(Endpoint endpoint) {
			return new EndpointForm(endpoint.url(), endpoint.description(),
					endpoint.events().stream().map(WebhookEvent::wireName).toList(), endpoint.enabled());
		}

		EndpointChanges changes() {
			return new EndpointChanges(url, description, events == null ? List.of() : events,
					enabled != null && enabled);
		}

		/** For templates: whether the form has the event ticked. */
		public boolean picked(String wireName) {
			return events != null && events.contains(wireName);
		}

	}

}
