package aero.hobbs.organizations.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import aero.hobbs.organizations.CreatedInvitation;
import aero.hobbs.organizations.Invitations;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.Members;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/organizations/{orgId}")
@Tag(name = "Members", description = "An organization's members, their roles, and invitations")
@SecurityRequirement(name = "apiKey")
class MemberController {

	private final Members members;

	private final Invitations invitations;

	MemberController(Members members, Invitations invitations) {
		this.members = members;
		this.invitations = invitations;
	}

	@GetMapping("/members")
	@Operation(summary = "The member directory in the order members joined; filter by role and by the date they "
			+ "joined (from, to: YYYY-MM-DD, inclusive, UTC)")
	@RequiresPermission(Permission.MEMBERS_VIEW)
	ApiList<MemberResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		Role wanted = role == null ? null : Role.fromWire(role)
			.orElseThrow(() -> new InvalidInput("role", "Filter by one of: " + Role.choices()));
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInput("to", "The range must end on or after its start (from)");
		}
		List<Member> matching = members.list(new OrganizationId(orgId), user.id())
			.stream()
			.filter(member -> wanted == null || member.role() == wanted)
			.filter(member -> from == null
					|| !member.joinedAt().isBefore(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.filter(member -> to == null
					|| member.joinedAt().isBefore(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
			.toList();
		return ApiList.slice(query, matching, MemberResource::of);
	}

	@GetMapping("/members/{userId}")
	@Operation(summary = "One member, by user id")
	@RequiresPermission(Permission.MEMBERS_VIEW)
	ApiDocument<MemberResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID userId) {
		return new ApiDocument<>(
				MemberResource.of(members.find(new OrganizationId(orgId), user.id(), new UserId(userId))));
	}

	@PostMapping("/members")
	@Operation(summary = "Invite someone by email address with a role; the answer carries the link to accept "
			+ "(accept_url, shown once), which is also emailed when a mail server is configured. The invited user "
			+ "accepts it signed in with that address, or through POST /v1/me/invitations/{id}/accept")
	@RequiresPermission(Permission.MEMBERS_MANAGE)
	ResponseEntity<ApiDocument<InvitationResource>> invite(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody InviteRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		Role role = request.role() == null ? null : Role.fromWire(request.role())
			.orElseThrow(() -> new InvalidInput("role", "Choose one of: " + Role.choices()));
		CreatedInvitation created = invitations.invite(organization, user.id(), request.email(), role);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(
					InvitationResource.of(created.invitation(), invitations.link(created.token()), created.emailed())));
	}

	@PatchMapping("/members/{userId}")
	@Operation(summary = "Change a member's role; only an owner grants or takes the owner role, and the last owner "
			+ "keeps it")
	@RequiresPermission(Permission.MEMBERS_MANAGE)
	ApiDocument<MemberResource> changeRole(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID userId, @RequestBody RoleRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		Role role = Role.fromWire(request.role()).orElse(null);
		return new ApiDocument<>(
				MemberResource.of(members.changeRole(organization, user.id(), new UserId(userId), role)));
	}

	@DeleteMapping("/members/{userId}")
	@Operation(summary = "Remove a member; any member may remove themselves (leave), except the last owner")
	@RequiresPermission(value = Permission.MEMBERS_MANAGE, own = Permission.ORGANIZATION_VIEW)
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID userId) {
		members.remove(new OrganizationId(orgId), user.id(), new UserId(userId));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/invitations")
	@Operation(summary = "The organization's open invitations, oldest first")
	@RequiresPermission(Permission.MEMBERS_MANAGE)
	ApiList<InvitationResource> invitations(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), invitations.open(new OrganizationId(orgId), user.id()),
				InvitationResource::of);
	}

	@DeleteMapping("/invitations/{invitationId}")
	@Operation(summary = "Revoke an open invitation; its link stops working")
	@RequiresPermission(Permission.MEMBERS_MANAGE)
	ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invitationId) {
		invitations.revoke(new OrganizationId(orgId), user.id(), invitationId);
		return ResponseEntity.noContent().build();
	}

	record InviteRequest(@Nullable String email, @Nullable String role) {
	}

	record RoleRequest(@Nullable String role) {
	}

}
