package aero.hobbs.accounts.web;

import java.util.UUID;

import aero.hobbs.accounts.Accounts;
import aero.hobbs.accounts.ApiKeys;
import aero.hobbs.accounts.CreatedApiKey;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

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
@RequestMapping("/v1/me")
@Tag(name = "Me", description = "The signed-in pilot and their personal API keys")
@SecurityRequirement(name = "apiKey")
class MeController {

	private final Accounts accounts;

	private final ApiKeys apiKeys;

	MeController(Accounts accounts, ApiKeys apiKeys) {
		this.accounts = accounts;
		this.apiKeys = apiKeys;
	}

	@GetMapping
	@Operation(summary = "The pilot the API key belongs to")
	ApiDocument<UserResource> me(@AuthenticationPrincipal SignedInUser user) {
		return UserResource.of(accounts.find(user.id()));
	}

	@GetMapping("/api-keys")
	@Operation(summary = "List the pilot's API keys, newest first, revoked ones included")
	ApiList<ApiKeyResource> keys(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		return ApiList.slice(query, apiKeys.list(user.id()), key -> ApiKeyResource.of(key, null));
	}

	@PostMapping("/api-keys")
	@Operation(summary = "Create an API key; the answer carries the key itself, which is never shown again")
	ResponseEntity<ApiDocument<ApiKeyResource>> create(@AuthenticationPrincipal SignedInUser user,
			@RequestBody CreateApiKeyRequest request) {
		CreatedApiKey created = apiKeys.create(user.id(), request.name());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(ApiKeyResource.of(created.summary(), created.key())));
	}

	@DeleteMapping("/api-keys/{id}")
	@Operation(summary = "Revoke an API key at once")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		apiKeys.revoke(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	record CreateApiKeyRequest(String name) {
	}

}
