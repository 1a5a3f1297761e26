package aero.hobbs.organizations.web;

import java.time.Instant;

import aero.hobbs.organizations.Member;
import aero.hobbs.shared.web.ApiResource;

/** The attributes of a {@code member} resource; its id is the member's user id. */
record MemberResource(String organizationId, String userId, String name, String email, String role, Instant joinedAt) {

	static ApiResource<MemberResource> of(Member member) {
		return new ApiResource<>(member.userId().toString(), "member",
				new MemberResource(member.organizationId().toString(), member.userId().toString(), member.name(),
						member.email(), member.role().wireName(), member.joinedAt()));
	}
}
