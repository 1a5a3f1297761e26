package aero.hobbs.organizations;

/**
 * A new invitation with its one-time token (shown once, as a link to copy) and whether it
 * was also sent by email.
 */
public record CreatedInvitation(Invitation invitation, String token, boolean emailed) {
}
