package aero.hobbs.accounts.web;

import java.time.Instant;

import aero.hobbs.accounts.Account;
import aero.hobbs.shared.web.ApiDocument;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The attributes of a {@code user} resource; {@code api_key} is present only in the
 * admin's create answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserResource(String email, String name, Instant createdAt, @Nullable String apiKey, @Nullable String apiKeyId) {

	static ApiDocument<UserResource> of(Account account) {
		return of(account, null, null);
	}

	static ApiDocument<UserResource> of(Account account, @Nullable String apiKey, @Nullable String apiKeyId) {
		return ApiDocument.of(account.id().toString(), "user",
				new UserResource(account.email(), account.name(), account.createdAt(), apiKey, apiKeyId));
	}
}
