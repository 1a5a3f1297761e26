package aero.hobbs.organizations;

import java.util.List;
import java.util.Map;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member directory and the changes to it: roles, removal, leaving. Only an owner
 * grants or takes the owner role, and an organization always keeps at least one owner.
 */
@Service
public class Members {

	private final MemberRepository members;

	private final OrganizationRepository organizations;

	private final OrganizationAccess access;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	Members(MemberRepository members, OrganizationRepository organizations, OrganizationAccess access,
			Accounts accounts, ApplicationEventPublisher events) {
		this.members = members;
		this.organizations = organizations;
		this.access = access;
		this.accounts = accounts;
		this.events = events;
	}

	/** The directory, in the order members joined. */
	public List<Member> list(OrganizationId organization, UserId user) {
		access.require(organization, user, Permission.MEMBERS_VIEW);
		List<MemberRepository.Row> rows = members.list(organization.value());
		Map<UserId, Account> people = accounts.findAll(rows.stream().map(row -> new UserId(row.userId())).toList());
		return rows.stream().filter(row -> people.containsKey(new UserId(row.userId()))).map(row -> {
			Account account = people.get(new UserId(row.userId()));
			return new Member(organization, account.id(), row.role(), account.name(), account.email(), row.joinedAt());
		}).toList();
	}

	public Member find(OrganizationId organization, UserId user, UserId memberId) {
		access.require(organization, user, Permission.MEMBERS_VIEW);
		return access.membership(organization, memberId).orElseThrow(() -> new NotFound("Member"));
	}

	@Transactional
	public Member changeRole(OrganizationId organization, UserId user, UserId memberId, @Nullable Role role) {
		Member actor = access.require(organization, user, Permission.MEMBERS_MANAGE);
		if (role == null) {
			throw new InvalidInput("role", "Choose the role: one of " + Role.choices());
		}
		lock(organization);
		Member target = access.membership(organization, memberId).orElseThrow(() -> new NotFound("Member"));
		if (target.role() == role) {
			return target;
		}
		if ((role == Role.OWNER || target.role() == Role.OWNER) && actor.role() != Role.OWNER) {
			throw new Forbidden("Only an owner may grant or take the owner role");
		}
		if (target.role() == Role.OWNER && members.owners(organization.value()) == 1) {
			throw new Conflict("role", "This is the organization's last owner: make another member an owner first");
		}
		members.changeRole(organization.value(), memberId.value(), role);
		events.publishEvent(new MemberRoleChanged(organization, memberId, target.role(), role));
		return new Member(organization, memberId, role, target.name(), target.email(), target.joinedAt());
	}

	/**
	 * Removes a member; a member may also remove themselves (leave) whatever their role.
	 */
	@Transactional
	public void remove(OrganizationId organization, UserId user, UserId memberId) {
		Member actor = user.equals(memberId) ? access.require(organization, user, Permission.ORGANIZATION_VIEW)
				: access.require(organization, user, Permission.MEMBERS_MANAGE);
		lock(organization);
		Member target = access.membership(organization, memberId).orElseThrow(() -> new NotFound("Member"));
		if (target.role() == Role.OWNER && actor.role() != Role.OWNER) {
			throw new Forbidden("Only an owner may remove an owner");
		}
		if (target.role() == Role.OWNER && members.owners(organization.value()) == 1) {
			throw new Conflict("member",
					user.equals(memberId)
							? "You are the organization's last owner: make another member an owner before you leave"
							: "This is the organization's last owner");
		}
		members.delete(organization.value(), memberId.value());
		events.publishEvent(new MemberRemoved(organization, memberId));
	}

	private void lock(OrganizationId organization) {
		organizations.lock(organization.value()).orElseThrow(() -> new NotFound("Organization"));
	}

}
