package aero.hobbs.organizations.web;

import java.time.Instant;

import aero.hobbs.organizations.Invitation;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The attributes of an {@code invitation} resource. {@code accept_url} (the link to pass
 * on) and {@code emailed} are present only in the answer that created it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InvitationResource(String organizationId, String organizationName, String email, String role, String status,
		Instant createdAt, Instant expiresAt, @Nullable String acceptUrl, @Nullable Boolean emailed) {

	static ApiResource<InvitationResource> of(Invitation invitation) {
		return of(invitation, null, null);
	}

	static ApiResource<InvitationResource> of(Invitation invitation, @Nullable String acceptUrl,
			@Nullable Boolean emailed) {
		return new ApiResource<>(invitation.id().toString(), "invitation",
				new InvitationResource(invitation.organizationId().toString(), invitation.organizationName(),
						invitation.email(), invitation.role().wireName(), invitation.status(), invitation.createdAt(),
						invitation.expiresAt(), acceptUrl, emailed));
	}
}
