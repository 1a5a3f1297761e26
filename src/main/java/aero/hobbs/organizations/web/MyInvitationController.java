package aero.hobbs.organizations.web;

import java.util.UUID;

import aero.hobbs.organizations.Invitations;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/me/invitations")
@Tag(name = "Me", description = "The signed-in pilot and their personal API keys")
@SecurityRequirement(name = "apiKey")
class MyInvitationController {

	private final Invitations invitations;

	MyInvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping
	@Operation(summary = "The open invitations addressed to the caller's email, in every organization")
	ApiList<InvitationResource> pending(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), invitations.pendingFor(user.id()), InvitationResource::of);
	}

	@PostMapping("/{invitationId}/accept")
	@Operation(summary = "Accept an invitation: the caller joins the organization with the invited role")
	ApiDocument<MemberResource> accept(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID invitationId) {
		return new ApiDocument<>(MemberResource.of(invitations.accept(invitationId, user.id())));
	}

	@PostMapping("/{invitationId}/decline")
	@Operation(summary = "Decline an invitation")
	ResponseEntity<Void> decline(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID invitationId) {
		invitations.decline(invitationId, user.id());
		return ResponseEntity.noContent().build();
	}

}
