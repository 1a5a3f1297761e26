package aero.hobbs.organizations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.shared.BearerKeys;
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
 * Invitations by email address: an admin invites, the invited user accepts while signed
 * in with that address (from the link, or from their list of pending invitations). The
 * database keeps at most one open invitation per organization and address.
 */
@Service
public class Invitations {

	private final InvitationRepository invitations;

	private final MemberRepository members;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Accounts accounts;

	private final InvitationMail mail;

	private final ApplicationEventPublisher events;

	private final OrganizationsProperties properties;

	private final Clock clock;

	Invitations(InvitationRepository invitations, MemberRepository members, OrganizationAccess access,
			Organizations organizations, Accounts accounts, InvitationMail mail, ApplicationEventPublisher events,
			OrganizationsProperties properties, Clock clock) {
		this.invitations = invitations;
		this.members = members;
		this.access = access;
		this.organizations = organizations;
		this.accounts = accounts;
		this.mail = mail;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public CreatedInvitation invite(OrganizationId organization, UserId user, @Nullable String email,
			@Nullable Role role) {
		Member actor = access.require(organization, user, Permission.MEMBERS_MANAGE);
		if (!Accounts.isEmail(email)) {
			throw new InvalidInput("email", "Enter the email address to invite, like student@example.com");
		}
		if (role == null) {
			throw new InvalidInput("role", "Choose the role: one of " + Role.choices());
		}
		if (role == Role.OWNER && actor.role() != Role.OWNER) {
			throw new Forbidden("Only an owner may invite an owner");
		}
		String trimmed = email.trim();
		String normalized = Accounts.normalizeEmail(trimmed);
		accounts.findByEmail(normalized)
			.flatMap(account -> members.find(organization.value(), account.id().value()))
			.ifPresent(member -> {
				throw new Conflict("email", trimmed + " is already a member of this organization");
			});
		if (invitations.open(organization.value(), normalized).isPresent()) {
			throw new Conflict("email",
					trimmed + " has already been invited; revoke that invitation to send a new one");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Organization org = organizations.settings(organization);
		Invitation invitation = new Invitation(UUID.randomUUID(), organization, org.name(), trimmed, role, user, now,
				now.plus(properties.invitationValidity()), Invitation.OPEN);
		String token = BearerKeys.generate("inv_");
		try {
			invitations.insert(invitation, normalized, BearerKeys.sha256(token));
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			// a concurrent invitation of the same address won the race
			throw new Conflict("email", trimmed + " has already been invited");
		}
		boolean emailed = mail.send(invitation, actor.name(), token);
		return new CreatedInvitation(invitation, token, emailed);
	}

	/** The link an invited user opens to accept, for the admin to copy. */
	public String link(String token) {
		return mail.link(token);
	}

	public List<Invitation> open(OrganizationId organization, UserId user) {
		access.require(organization, user, Permission.MEMBERS_MANAGE);
		return invitations.openIn(organization.value());
	}

	@Transactional
	public void revoke(OrganizationId organization, UserId user, UUID invitationId) {
		access.require(organization, user, Permission.MEMBERS_MANAGE);
		Invitation invitation = invitations.find(invitationId)
			.filter(found -> found.organizationId().equals(organization))
			.orElseThrow(() -> new NotFound("Invitation"));
		if (!invitations.answer(invitation.id(), Invitation.REVOKED, clock.instant(), user.value())) {
			throw new Conflict("invitation", "This invitation was already " + invitation.status());
		}
	}

	/** The open invitations addressed to the user's email, in every organization. */
	public List<Invitation> pendingFor(UserId user) {
		return invitations.openFor(Accounts.normalizeEmail(accounts.find(user).email()));
	}

	/**
	 * The invitation a link's token opens, whoever asks; not found when the token is
	 * wrong.
	 */
	public Invitation findByToken(String token) {
		return invitations.findByToken(BearerKeys.sha256(token)).orElseThrow(() -> new NotFound("Invitation"));
	}

	@Transactional
	public Member acceptByToken(String token, UserId user) {
		return accept(findByToken(token), user);
	}

	/** Accepts one of the user's pending invitations (by id, as the API lists them). */
	@Transactional
	public Member accept(UUID invitationId, UserId user) {
		return accept(addressedTo(invitationId, user), user);
	}

	@Transactional
	public void decline(UUID invitationId, UserId user) {
		Invitation invitation = addressedTo(invitationId, user);
		if (!invitations.answer(invitation.id(), Invitation.DECLINED, clock.instant(), user.value())) {
			throw new Conflict("invitation", "This invitation was already answered");
		}
	}

	private Invitation addressedTo(UUID invitationId, UserId user) {
		String email = Accounts.normalizeEmail(accounts.find(user).email());
		return invitations.find(invitationId)
			.filter(found -> Accounts.normalizeEmail(found.email()).equals(email))
			.orElseThrow(() -> new NotFound("Invitation"));
	}

	private Member accept(Invitation invitation, UserId user) {
		Account account = accounts.find(user);
		if (!Accounts.normalizeEmail(account.email()).equals(Accounts.normalizeEmail(invitation.email()))) {
			throw new Forbidden(
					"This invitation is for " + invitation.email() + "; sign in with that address to " + "accept it");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (!Invitation.OPEN.equals(invitation.status())) {
			throw new Conflict("invitation", "This invitation was already " + invitation.status());
		}
		if (invitation.expired(now)) {
			throw new Conflict("invitation", "This invitation has expired; ask for a new one");
		}
		if (members.find(invitation.organizationId().value(), user.value()).isPresent()) {
			throw new Conflict("invitation", "You are already a member of " + invitation.organizationName());
		}
		if (!invitations.answer(invitation.id(), Invitation.ACCEPTED, now, user.value())) {
			throw new Conflict("invitation", "This invitation was already answered");
		}
		members.insert(invitation.organizationId().value(), user.value(), invitation.role(), now);
		events.publishEvent(new MemberAdded(invitation.organizationId(), user, invitation.role()));
		return new Member(invitation.organizationId(), user, invitation.role(), account.name(), account.email(), now);
	}

}
