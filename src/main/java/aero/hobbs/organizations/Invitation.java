package aero.hobbs.organizations;

import java.time.Instant;
import java.util.UUID;

import aero.hobbs.shared.UserId;

/**
 * An invitation to join an organization with a role. {@code status} is {@code open}, then
 * {@code accepted}, {@code declined} or {@code revoked}; an open one past
 * {@code expiresAt} can no longer be accepted.
 */
public record Invitation(UUID id, OrganizationId organizationId, String organizationName, String email, Role role,
		UserId invitedBy, Instant createdAt, Instant expiresAt, String status) {

	public static final String OPEN = "open";

	public static final String ACCEPTED = "accepted";

	public static final String DECLINED = "declined";

	public static final String REVOKED = "revoked";

	public boolean expired(Instant now) {
		return !now.isBefore(expiresAt);
	}
}
