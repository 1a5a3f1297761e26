/**
 * Organizations (flight schools, clubs, small operators), their members and roles, and
 * invitations. {@link aero.hobbs.organizations.Permission} is the permission table and
 * {@link aero.hobbs.organizations.OrganizationAccess} the one place it is enforced: every
 * module that keeps an organization's data asks it first. Publishes
 * {@link aero.hobbs.organizations.MemberAdded},
 * {@link aero.hobbs.organizations.MemberRemoved},
 * {@link aero.hobbs.organizations.MemberRoleChanged} and
 * {@link aero.hobbs.organizations.OrganizationDeleted}.
 */
@ApplicationModule(displayName = "Organizations", allowedDependencies = { "accounts", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.organizations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
