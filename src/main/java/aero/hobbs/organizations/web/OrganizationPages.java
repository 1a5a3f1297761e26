package aero.hobbs.organizations.web;

import java.util.UUID;

import aero.hobbs.organizations.Invitations;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.OrganizationSettings;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.DomainException;
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
 * The organizations page (the user's organizations, invitations waiting for them, and a
 * form to create one), an organization's overview, and its settings.
 */
@Controller
class OrganizationPages {

	private final Organizations organizations;

	private final OrganizationAccess access;

	private final Invitations invitations;

	OrganizationPages(Organizations organizations, OrganizationAccess access, Invitations invitations) {
		this.organizations = organizations;
		this.access = access;
		this.invitations = invitations;
	}

	@GetMapping("/organizations")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		return list(user, model, new SettingsForm("", "UTC", "EUR"), FormErrors.none());
	}

	@PostMapping("/organizations")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute SettingsForm form, Model model,
			RedirectAttributes redirect) {
		try {
			var created = organizations.create(user.id(), form.settings());
			redirect.addFlashAttribute("notice", "Created " + created.name() + ". Invite your members next.");
			return "redirect:/organizations/" + created.id() + "/members";
		}
		catch (DomainException e) {
			return list(user, model, form, FormErrors.of(e));
		}
	}

	@GetMapping("/organizations/{orgId}")
	String overview(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, Model model) {
		OrganizationId id = new OrganizationId(orgId);
		Member member = access.require(id, user.id(), Permission.ORGANIZATION_VIEW);
		model.addAttribute("org", organizations.settings(id));
		model.addAttribute("member", member);
		return "organizations/overview";
	}

	@GetMapping("/organizations/{orgId}/settings")
	String settings(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, Model model) {
		OrganizationId id = new OrganizationId(orgId);
		access.require(id, user.id(), Permission.ORGANIZATION_MANAGE);
		var org = organizations.settings(id);
		return settings(user, id, model, new SettingsForm(org.name(), org.timeZone(), org.currency()),
				FormErrors.none());
	}

	@PostMapping("/organizations/{orgId}/settings")
	String saveSettings(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@ModelAttribute SettingsForm form, Model model, RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		try {
			organizations.update(id, user.id(), form.settings());
		}
		catch (aero.hobbs.shared.InvalidInput e) {
			return settings(user, id, model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("notice", "Settings saved.");
		return "redirect:/organizations/" + orgId + "/settings";
	}

	@PostMapping("/organizations/{orgId}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		String name = organizations.find(id, user.id()).name();
		organizations.delete(id, user.id());
		redirect.addFlashAttribute("notice", name + " was deleted.");
		return "redirect:/organizations";
	}

	@PostMapping("/organizations/invitations/{invitationId}/accept")
	String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID invitationId,
			RedirectAttributes redirect) {
		Member member = invitations.accept(invitationId, user.id());
		redirect.addFlashAttribute("notice", "Welcome! You joined as " + member.role().wireName() + ".");
		return "redirect:/organizations/" + member.organizationId();
	}

	@PostMapping("/organizations/invitations/{invitationId}/decline")
	String decline(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID invitationId,
			RedirectAttributes redirect) {
		invitations.decline(invitationId, user.id());
		redirect.addFlashAttribute("notice", "The invitation was declined.");
		return "redirect:/organizations";
	}

	private String list(SignedInUser user, Model model, SettingsForm form, FormErrors errors) {
		model.addAttribute("memberships", organizations.listFor(user.id()));
		model.addAttribute("pending", invitations.pendingFor(user.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "organizations/list";
	}

	private String settings(SignedInUser user, OrganizationId id, Model model, SettingsForm form, FormErrors errors) {
		model.addAttribute("org", organizations.settings(id));
		model.addAttribute("member", access.require(id, user.id(), Permission.ORGANIZATION_MANAGE));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "organizations/settings";
	}

	record SettingsForm(@Nullable String name, @Nullable String timeZone, @Nullable String currency) {

		OrganizationSettings settings() {
			return new OrganizationSettings(name, timeZone, currency);
		}
	}

}
