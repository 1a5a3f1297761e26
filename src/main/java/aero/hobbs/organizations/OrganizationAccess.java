package aero.hobbs.organizations;

import java.util.Optional;
import java.util.stream.Collectors;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.organizations.apiaccess.OrganizationKeyMembers;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * The one door into an organization's data: every module asks {@link #require} before it
 * reads or writes anything of an organization. A user who is not a member is told the
 * organization does not exist (404), so ids cannot be probed; a member whose role lacks
 * the permission is refused (403) with the roles that have it. An organization API key is
 * a member of its own organization only, with the key's role and name.
 */
@Service
public class OrganizationAccess {

	private final MemberRepository members;

	private final Accounts accounts;

	private final OrganizationKeyMembers keys;

	OrganizationAccess(MemberRepository members, Accounts accounts, OrganizationKeyMembers keys) {
		this.members = members;
		this.accounts = accounts;
		this.keys = keys;
	}

	public Member require(OrganizationId organization, UserId user, Permission permission) {
		Member member = membership(organization, user).orElseThrow(() -> new NotFound("Organization"));
		if (!member.can(permission)) {
			throw new Forbidden(refusal(member.role(), permission));
		}
		return member;
	}

	/**
	 * The user's membership; for an organization API key (whose id stands in for the user
	 * id) a member-like record with the key's role, in the key's own organization only.
	 */
	public Optional<Member> membership(OrganizationId organization, UserId user) {
		Optional<Member> member = members.find(organization.value(), user.value()).map(row -> {
			Account account = accounts.find(user);
			return new Member(organization, user, row.role(), account.name(), account.email(), row.joinedAt());
		});
		return member.isPresent() ? member : keys.asMember(organization, user);
	}

	/** Whether the user is a member, without reading the user's account. */
	public boolean isMember(OrganizationId organization, UserId user) {
		return members.find(organization.value(), user.value()).isPresent();
	}

	static String refusal(Role role, Permission permission) {
		return "Your role in this organization (" + role.wireName() + ") does not allow this; it needs "
				+ permission.roles().stream().map(Role::wireName).collect(Collectors.joining(" or "));
	}

}
