package aero.hobbs.organizations;

import java.util.EnumMap;
import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Component;

/**
 * Organizations for tests, made through the module's API: a fresh organization whose
 * owner and one member of every other role are new pilots with API keys. Import it into a
 * {@code @SpringBootTest} with {@code @Import(OrganizationFixtures.class)}.
 */
@Component
public class OrganizationFixtures {

	/** An organization and one pilot per role (the owner created it). */
	public record School(OrganizationId id, Map<Role, Pilot> pilots) {

		public Pilot owner() {
			return pilots.get(Role.OWNER);
		}

		public Pilot admin() {
			return pilots.get(Role.ADMIN);
		}

		public Pilot instructor() {
			return pilots.get(Role.INSTRUCTOR);
		}

		public Pilot member() {
			return pilots.get(Role.MEMBER);
		}

		public Pilot student() {
			return pilots.get(Role.STUDENT);
		}

		public Pilot as(Role role) {
			return pilots.get(role);
		}

		public String path() {
			return "/v1/organizations/" + id;
		}
	}

	private final Organizations organizations;

	private final Invitations invitations;

	OrganizationFixtures(Organizations organizations, Invitations invitations) {
		this.organizations = organizations;
		this.invitations = invitations;
	}

	Invitations invitations() {
		return invitations;
	}

	/** A school in EUR, Europe/Berlin, with a pilot for every role. */
	public School aSchool(ApiClient api) {
		return aSchool(api, "Skyhawk Flight School", "EUR");
	}

	public School aSchool(ApiClient api, String name, String currency) {
		Pilot owner = api.newPilot();
		Organization organization = organizations.create(UserId.of(owner.id()),
				new OrganizationSettings(name, "Europe/Berlin", currency));
		Map<Role, Pilot> pilots = new EnumMap<>(Role.class);
		pilots.put(Role.OWNER, owner);
		for (Role role : Role.values()) {
			if (role != Role.OWNER) {
				pilots.put(role, join(api, organization.organizationId(), owner, role));
			}
		}
		return new School(organization.organizationId(), pilots);
	}

	/**
	 * A new pilot who joins the organization with the role, invited by {@code inviter}.
	 */
	public Pilot join(ApiClient api, OrganizationId organization, Pilot inviter, Role role) {
		Pilot pilot = api.newPilot();
		CreatedInvitation invitation = invitations.invite(organization, UserId.of(inviter.id()), pilot.email(), role);
		invitations.acceptByToken(invitation.token(), UserId.of(pilot.id()));
		return pilot;
	}

}
