package aero.hobbs.organizations;

/** An organization was deleted; modules holding its data may let it go. */
public record OrganizationDeleted(OrganizationId organizationId) {
}
