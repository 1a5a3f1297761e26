package aero.hobbs.accounting.web;

import java.util.List;

import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.Members;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every accounting page puts in the model for the organization's header and tabs:
 * the organization ({@code org}), the viewer's membership ({@code member}) and the active
 * tab. Asking for the membership refuses non-members (404) and roles without the page's
 * permission (403).
 */
@Component
class OrganizationPage {

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Members members;

	OrganizationPage(OrganizationAccess access, Organizations organizations, Members members) {
		this.access = access;
		this.organizations = organizations;
		this.members = members;
	}

	Member show(OrganizationId organization, SignedInUser user, Permission permission, String tab, Model model) {
		Member member = access.require(organization, user.id(), permission);
		model.addAttribute("org", organizations.settings(organization));
		model.addAttribute("member", member);
		model.addAttribute("active", tab);
		return member;
	}

	List<Member> members(OrganizationId organization, SignedInUser user) {
		return members.list(organization, user.id());
	}

}
