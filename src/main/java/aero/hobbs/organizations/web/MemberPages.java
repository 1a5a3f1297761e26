package aero.hobbs.organizations.web;

import java.util.UUID;

import aero.hobbs.organizations.CreatedInvitation;
import aero.hobbs.organizations.Invitation;
import aero.hobbs.organizations.Invitations;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.Members;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.UserId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member directory: invite by email (the link to pass on is shown once), change
 * roles, remove members, leave; and the page an invitation link opens.
 */
@Controller
class MemberPages {

	private final Members members;

	private final Invitations invitations;

	private final Organizations organizations;

	private final OrganizationAccess access;

	MemberPages(Members members, Invitations invitations, Organizations organizations, OrganizationAccess access) {
		this.members = members;
		this.invitations = invitations;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping("/organizations/{orgId}/members")
	String directory(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, Model model) {
		return directory(user, new OrganizationId(orgId), model, new InviteForm("", "student"), FormErrors.none());
	}

	@PostMapping("/organizations/{orgId}/members")
	String invite(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @ModelAttribute InviteForm form,
			Model model, RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		CreatedInvitation created;
		try {
			created = invitations.invite(id, user.id(), form.email(), Role.fromWire(form.role()).orElse(null));
		}
		catch (InvalidInput | Conflict e) {
			return directory(user, id, model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("invitedEmail", created.invitation().email());
		redirect.addFlashAttribute("invitationLink", invitations.link(created.token()));
		redirect.addFlashAttribute("emailed", created.emailed());
		return "redirect:/organizations/" + orgId + "/members";
	}

	@PostMapping("/organizations/{orgId}/members/{userId}/role")
	String changeRole(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID userId,
			@RequestParam(required = false) @Nullable String role, RedirectAttributes redirect) {
		try {
			Member changed = members.changeRole(new OrganizationId(orgId), user.id(), new UserId(userId),
					Role.fromWire(role).orElse(null));
			redirect.addFlashAttribute("notice", changed.name() + " is now " + changed.role().wireName() + ".");
		}
		catch (InvalidInput | Conflict | Forbidden e) {
			redirect.addFlashAttribute("problem", FormErrors.of(e).byField().values().iterator().next());
		}
		return "redirect:/organizations/" + orgId + "/members";
	}

	@PostMapping("/organizations/{orgId}/members/{userId}/remove")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID userId,
			RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		try {
			members.remove(id, user.id(), new UserId(userId));
		}
		catch (Conflict | Forbidden e) {
			redirect.addFlashAttribute("problem", e.getMessage());
			return "redirect:/organizations/" + orgId + "/members";
		}
		if (user.id().value().equals(userId)) {
			redirect.addFlashAttribute("notice", "You left the organization.");
			return "redirect:/organizations";
		}
		redirect.addFlashAttribute("notice", "The member was removed.");
		return "redirect:/organizations/" + orgId + "/members";
	}

	@PostMapping("/organizations/{orgId}/invitations/{invitationId}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID invitationId,
			RedirectAttributes redirect) {
		try {
			invitations.revoke(new OrganizationId(orgId), user.id(), invitationId);
			redirect.addFlashAttribute("notice", "The invitation was revoked; its link no longer works.");
		}
		catch (Conflict e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/organizations/" + orgId + "/members";
	}

	@GetMapping("/invitations/{token}")
	String invitation(@AuthenticationPrincipal SignedInUser user, @PathVariable String token, Model model) {
		Invitation invitation = invitations.findByToken(token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("forMe", aero.hobbs.accounts.Accounts.normalizeEmail(invitation.email())
			.equals(aero.hobbs.accounts.Accounts.normalizeEmail(user.email())));
		return "organizations/invitation";
	}

	@PostMapping("/invitations/{token}/accept")
	String acceptByLink(@AuthenticationPrincipal SignedInUser user, @PathVariable String token,
			RedirectAttributes redirect) {
		Member member = invitations.acceptByToken(token, user.id());
		redirect.addFlashAttribute("notice", "Welcome! You joined as " + member.role().wireName() + ".");
		return "redirect:/organizations/" + member.organizationId();
	}

	private String directory(SignedInUser user, OrganizationId id, Model model, InviteForm form, FormErrors errors) {
		Member member = access.require(id, user.id(), Permission.MEMBERS_VIEW);
		model.addAttribute("org", organizations.settings(id));
		model.addAttribute("member", member);
		model.addAttribute("members", members.list(id, user.id()));
		model.addAttribute("invitations",
				member.can(Permission.MEMBERS_MANAGE) ? invitations.open(id, user.id()) : java.util.List.of());
		model.addAttribute("roles", Role.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "organizations/members";
	}

	record InviteForm(@Nullable String email, @Nullable String role) {
	}

}
