package aero.hobbs.organizations.apiaccess;

/** A key just created: {@code key} is the secret, returned this once and never again. */
public record CreatedOrganizationApiKey(OrganizationApiKey summary, String key) {
}
