package aero.hobbs.organizations.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.apiaccess.ApiAccessPlans;
import aero.hobbs.organizations.oauth.CreatedOAuthClient;
import aero.hobbs.organizations.oauth.OAuthClients;
import aero.hobbs.organizations.oauth.OAuthScope;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's OAuth apps page: register a client (its secret shown once), list and
 * revoke clients, with the endpoints an integrator needs.
 */
@Controller
class OAuthClientPages {

	private final OAuthClients clients;

	private final ApiAccessPlans plans;

	private final Organizations organizations;

	private final OrganizationAccess access;

	OAuthClientPages(OAuthClients clients, ApiAccessPlans plans, Organizations organizations,
			OrganizationAccess access) {
		this.clients = clients;
		this.plans = plans;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping("/organizations/{orgId}/oauth-clients")
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, Model model) {
		return page(user, new OrganizationId(orgId), model, new ClientForm("", "", List.of(), false),
				FormErrors.none());
	}

	@PostMapping("/organizations/{orgId}/oauth-clients")
	String register(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@ModelAttribute ClientForm form, Model model, RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		CreatedOAuthClient created;
		try {
			created = clients.register(id, user.id(), form.name(), form.redirectUriList(), form.scopes(),
					form.isConfidential());
		}
		catch (InvalidInput | Conflict e) {
			return page(user, id, model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("createdClientId", created.client().clientId());
		redirect.addFlashAttribute("createdSecret", created.clientSecret());
		redirect.addFlashAttribute("notice", "Registered " + created.client().name() + "."
				+ (created.clientSecret() == null ? "" : " Copy its secret now: it is not shown again."));
		return "redirect:/organizations/" + orgId + "/oauth-clients";
	}

	@PostMapping("/organizations/{orgId}/oauth-clients/{clientId}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable String clientId,
			RedirectAttributes redirect) {
		clients.revoke(new OrganizationId(orgId), user.id(), clientId);
		redirect.addFlashAttribute("notice", "Revoked: the application can no longer act for anyone.");
		return "redirect:/organizations/" + orgId + "/oauth-clients";
	}

	private String page(SignedInUser user, OrganizationId id, Model model, ClientForm form, FormErrors errors) {
		Member member = access.require(id, user.id(), Permission.OAUTH_CLIENTS_MANAGE);
		model.addAttribute("org", organizations.settings(id));
		model.addAttribute("member", member);
		model.addAttribute("clients", clients.list(id, user.id()));
		model.addAttribute("apiAccess", plans.find(id).orElse(null));
		model.addAttribute("scopes", OAuthScope.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "organizations/oauth-clients";
	}

	/** The form: redirect URIs one per line, scopes as checkboxes. */
	record ClientForm(@Nullable String name, @Nullable String redirectUris, @Nullable List<String> scopes,
			@Nullable Boolean confidential) {

		public boolean isConfidential() {
			return Boolean.TRUE.equals(confidential);
		}

		public List<String> redirectUriList() {
			return redirectUris == null ? List.of()
					: Arrays.stream(redirectUris.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		}

		public boolean has(String scope) {
			return scopes != null && scopes.contains(scope);
		}

	}

}
