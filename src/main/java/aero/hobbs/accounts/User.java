package aero.hobbs.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account. The email is kept as typed; {@code emailNormalized} (trimmed, lower
 * case) is what is unique.
 */
@Table("accounts_user")
record User(@Id UUID id, String email, String emailNormalized, String name, String passwordHash, Instant createdAt) {

	User withPasswordHash(String hash) {
		return new User(id, email, emailNormalized, name, hash, createdAt);
	}
}
