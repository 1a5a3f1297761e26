package aero.hobbs.accounts.web;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.accounts.ApiKeys;
import aero.hobbs.accounts.CreatedApiKey;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Admin: users", description = "Platform administration with HOBBS_ADMIN_TOKEN")
@SecurityRequirement(name = "adminToken")
class AdminUserController {

	private final Accounts accounts;

	private final ApiKeys apiKeys;

	AdminUserController(Accounts accounts, ApiKeys apiKeys) {
		this.accounts = accounts;
		this.apiKeys = apiKeys;
	}

	@PostMapping
	@Transactional
	@Operation(summary = "Create a user; with create_api_key, also a personal API key, returned this once")
	ResponseEntity<ApiDocument<UserResource>> create(@RequestBody CreateUserRequest request) {
		Account account = accounts.signUp(request.email(), request.password(), request.name());
		CreatedApiKey key = Boolean.TRUE.equals(request.createApiKey()) ? apiKeys.create(account.id(), "admin-created")
				: null;
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(key == null ? UserResource.of(account)
					: UserResource.of(account, key.key(), key.summary().id().toString()));
	}

	@GetMapping
	@Operation(summary = "List users")
	ApiList<UserResource> list(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		return ApiList.slice(query, accounts.list(), account -> UserResource.of(account).data());
	}

	record CreateUserRequest(String email, String password, String name, Boolean createApiKey) {
	}

}
