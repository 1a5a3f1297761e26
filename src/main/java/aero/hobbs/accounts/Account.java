package aero.hobbs.accounts;

import java.time.Instant;

import aero.hobbs.shared.UserId;

/** What other modules and the web layer see of a user. */
public record Account(UserId id, String email, String name, Instant createdAt) {

	static Account of(User user) {
		return new Account(new UserId(user.id()), user.email(), user.name(), user.createdAt());
	}
}
