package aero.hobbs.organizations.web;

import java.util.List;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.organizations.oauth.CreatedOAuthClient;
import aero.hobbs.organizations.oauth.OAuthClients;
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
@RequestMapping("/v1/organizations/{orgId}/oauth-clients")
@Tag(name = "OAuth clients",
		description = "User-facing applications that act for a consenting member, in this organization only, within "
				+ "their scopes (authorization code with PKCE; see docs/oauth.md)")
@SecurityRequirement(name = "apiKey")
class OAuthClientController {

	private final OAuthClients clients;

	OAuthClientController(OAuthClients clients) {
		this.clients = clients;
	}

	@GetMapping
	@Operation(summary = "The organization's OAuth clients, newest first, revoked ones included; never a secret")
	@RequiresPermission(Permission.OAUTH_CLIENTS_MANAGE)
	ApiList<OAuthClientResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), clients.list(new OrganizationId(orgId), user.id()),
				client -> OAuthClientResource.of(client, null));
	}

	@PostMapping
	@Operation(summary = "Register a client: name, redirect_uris (https, http on localhost, or a native app's "
			+ "reversed-domain scheme), scopes, and confidential (true for a server that keeps a secret: the answer "
			+ "carries client_secret, never shown again). Needs API access enabled by the platform admin (else 409)")
	@RequiresPermission(Permission.OAUTH_CLIENTS_MANAGE)
	ResponseEntity<ApiDocument<OAuthClientResource>> register(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody RegisterClientRequest request) {
		CreatedOAuthClient created = clients.register(new OrganizationId(orgId), user.id(), request.name(),
				request.redirectUris(), request.scopes(), Boolean.TRUE.equals(request.confidential()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(OAuthClientResource.of(created.client(), created.clientSecret())));
	}

	@GetMapping("/{oauthClientId}")
	@Operation(summary = "One OAuth client of the organization, by its id")
	@RequiresPermission(Permission.OAUTH_CLIENTS_MANAGE)
	ApiDocument<OAuthClientResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable String oauthClientId) {
		return new ApiDocument<>(
				OAuthClientResource.of(clients.find(new OrganizationId(orgId), user.id(), oauthClientId), null));
	}

	@DeleteMapping("/{oauthClientId}")
	@Operation(summary = "Revoke a client: it can no longer sign members in, and every token it holds answers 401 "
			+ "from then on")
	@RequiresPermission(Permission.OAUTH_CLIENTS_MANAGE)
	ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable String oauthClientId) {
		clients.revoke(new OrganizationId(orgId), user.id(), oauthClientId);
		return ResponseEntity.noContent().build();
	}

	record RegisterClientRequest(@Nullable String name, @Nullable List<String> redirectUris,
			@Nullable List<String> scopes, @Nullable Boolean confidential) {
	}

}
