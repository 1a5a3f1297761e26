package aero.hobbs.organizations;

import java.util.EnumSet;
import java.util.Set;

import static aero.hobbs.organizations.Role.ADMIN;
import static aero.hobbs.organizations.Role.INSTRUCTOR;
import static aero.hobbs.organizations.Role.MEMBER;
import static aero.hobbs.organizations.Role.OWNER;
import static aero.hobbs.organizations.Role.STUDENT;

/**
 * What a member may do in an organization, and which roles may do it. This table is the
 * one place permissions are decided (docs/organizations.md prints it); every module asks
 * {@link OrganizationAccess#require} with one of these before it reads or writes an
 * organization's data.
 */
public enum Permission {

	/** See the organization's name and settings. */
	ORGANIZATION_VIEW(OWNER, ADMIN, INSTRUCTOR, MEMBER, STUDENT),
	/** Change the name, time zone and currency. */
	ORGANIZATION_MANAGE(OWNER, ADMIN),
	/** Delete the organization with everything in it. */
	ORGANIZATION_DELETE(OWNER),
	/** See the member directory. */
	MEMBERS_VIEW(OWNER, ADMIN, INSTRUCTOR, MEMBER, STUDENT),
	/**
	 * Invite, remove and change the role of members (only an owner grants or takes the
	 * owner role).
	 */
	MEMBERS_MANAGE(OWNER, ADMIN),
	/** See the fleet: aircraft, simulators, status and rates. */
	FLEET_VIEW(OWNER, ADMIN, INSTRUCTOR, MEMBER, STUDENT),
	/** Add, edit and remove aircraft and simulators, set hourly rates. */
	FLEET_MANAGE(OWNER, ADMIN),
	/** Change an aircraft's status (available, maintenance, grounded). */
	FLEET_STATUS(OWNER, ADMIN, INSTRUCTOR),
	/** Log one's own flights in the organization's aircraft. */
	FLIGHTS_LOG(OWNER, ADMIN, INSTRUCTOR, MEMBER, STUDENT),
	/** See every member's flights in the organization. */
	FLIGHTS_VIEW_ALL(OWNER, ADMIN, INSTRUCTOR),
	/** Change or remove any member's flight in the organization. */
	FLIGHTS_MANAGE_ALL(OWNER, ADMIN),
	/** See one's own invoices. */
	ACCOUNTING_VIEW_OWN(OWNER, ADMIN, INSTRUCTOR, MEMBER, STUDENT),
	/** See every invoice, the expenses and the monthly summary. */
	ACCOUNTING_VIEW(OWNER, ADMIN),
	/** Draft, edit, issue, void and mark paid invoices; record expenses. */
	ACCOUNTING_MANAGE(OWNER, ADMIN),
	/** See the calendar: events and reservations. */
	CALENDAR_VIEW(OWNER, ADMIN, INSTRUCTOR, MEMBER, STUDENT),
	/** Reserve an aircraft for oneself, change or cancel one's own reservations. */
	CALENDAR_BOOK(OWNER, ADMIN, INSTRUCTOR, MEMBER, STUDENT),
	/** Create events, and change or cancel anyone's reservations. */
	CALENDAR_MANAGE(OWNER, ADMIN, INSTRUCTOR),
	/**
	 * Add, change and remove webhook endpoints, see their delivery log and redeliver.
	 */
	WEBHOOKS_MANAGE(OWNER, ADMIN),
	/**
	 * Create, list and revoke the organization's API keys (once the platform admin has
	 * enabled API access).
	 */
	API_KEYS_MANAGE(OWNER, ADMIN),
	/**
	 * Register, list and revoke the organization's OAuth clients (user-facing
	 * applications that act for a consenting member), once API access is enabled.
	 */
	OAUTH_CLIENTS_MANAGE(OWNER, ADMIN);

	private final Set<Role> roles;

	Permission(Role first, Role... rest) {
		this.roles = EnumSet.of(first, rest);
	}

	boolean heldBy(Role role) {
		return roles.contains(role);
	}

	/** The roles holding this permission, most trusted first. */
	public Set<Role> roles() {
		return EnumSet.copyOf(roles);
	}

}
