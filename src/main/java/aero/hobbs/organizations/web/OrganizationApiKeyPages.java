package aero.hobbs.organizations.web;

import java.util.List;
import java.util.UUID;

import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.Role;
import aero.hobbs.organizations.apiaccess.ApiAccessPlans;
import aero.hobbs.organizations.apiaccess.CreatedOrganizationApiKey;
import aero.hobbs.organizations.apiaccess.OrganizationApiKeys;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organization's API keys page: create a key with a role (shown once), list and
 * revoke keys; it says so when API access is not enabled yet.
 */
@Controller
class OrganizationApiKeyPages {

	static final List<Role> KEY_ROLES = List.of(Role.ADMIN, Role.INSTRUCTOR, Role.MEMBER, Role.STUDENT);

	private final OrganizationApiKeys keys;

	private final ApiAccessPlans plans;

	private final Organizations organizations;

	private final OrganizationAccess access;

	OrganizationApiKeyPages(OrganizationApiKeys keys, ApiAccessPlans plans, Organizations organizations,
			OrganizationAccess access) {
		this.keys = keys;
		this.plans = plans;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping("/organizations/{orgId}/api-keys")
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, Model model) {
		return page(user, new OrganizationId(orgId), model, new KeyForm("", "member"), FormErrors.none());
	}

	@PostMapping("/organizations/{orgId}/api-keys")
	String create(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @ModelAttribute KeyForm form,
			Model model, RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		CreatedOrganizationApiKey created;
		try {
			created = keys.create(id, user.id(), form.name(), form.role());
		}
		catch (InvalidInput | Conflict e) {
			return page(user, id, model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("createdKey", created.key());
		redirect.addFlashAttribute("notice", "Created the key " + created.summary().name()
				+ ". Copy it now and store it in the system that uses it: it is not shown again.");
		return "redirect:/organizations/" + orgId + "/api-keys";
	}

	@PostMapping("/organizations/{orgId}/api-keys/{keyId}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID keyId,
			RedirectAttributes redirect) {
		keys.revoke(new OrganizationId(orgId), user.id(), keyId);
		redirect.addFlashAttribute("notice", "Revoked: the key stopped working.");
		return "redirect:/organizations/" + orgId + "/api-keys";
	}

	private String page(SignedInUser user, OrganizationId id, Model model, KeyForm form, FormErrors errors) {
		Member member = access.require(id, user.id(), Permission.API_KEYS_MANAGE);
		model.addAttribute("org", organizations.settings(id));
		model.addAttribute("member", member);
		model.addAttribute("keys", keys.list(id, user.id()));
		model.addAttribute("apiAccess", plans.find(id).orElse(null));
		model.addAttribute("requestsPerHour", plans.requestsPerHour(id));
		model.addAttribute("roles", KEY_ROLES);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "organizations/api-keys";
	}

	record KeyForm(String name, String role) {
	}

}
