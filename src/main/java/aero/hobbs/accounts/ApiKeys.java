package aero.hobbs.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.shared.BearerKeys;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiKeyVerifier;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API keys: {@code hbs_} followed by 256 random bits (base64url). Only the key's
 * SHA-256 is stored, so a key is shown once, at creation, and a database leak reveals
 * none.
 */
@Service
public class ApiKeys implements ApiKeyVerifier {

	static final String PREFIX = "hbs_";

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

	private final ApiKeyRepository keys;

	private final UserRepository users;

	private final JdbcAggregateTemplate aggregates;

	private final Clock clock;

	ApiKeys(ApiKeyRepository keys, UserRepository users, JdbcAggregateTemplate aggregates, Clock clock) {
		this.keys = keys;
		this.users = users;
		this.aggregates = aggregates;
		this.clock = clock;
	}

	@Transactional
	public CreatedApiKey create(UserId owner, String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new InvalidInput("name", "Give the key a name of 1 to 100 characters, e.g. the script that uses it");
		}
		users.findById(owner.value()).orElseThrow(() -> new NotFound("User"));
		String key = BearerKeys.generate(PREFIX);
		ApiKey saved = aggregates.insert(new ApiKey(UUID.randomUUID(), owner.value(), trimmed, key.substring(0, 12),
				BearerKeys.sha256(key), clock.instant(), null, null));
		return new CreatedApiKey(ApiKeySummary.of(saved), key);
	}

	public List<ApiKeySummary> list(UserId owner) {
		return keys.findByUserIdOrderByCreatedAtDesc(owner.value()).stream().map(ApiKeySummary::of).toList();
	}

	/**
	 * Revokes the key at once; revoking a revoked key changes nothing. Another user's key
	 * is not found.
	 */
	@Transactional
	public void revoke(UserId owner, UUID keyId) {
		ApiKey key = keys.findByIdAndUserId(keyId, owner.value()).orElseThrow(() -> new NotFound("API key"));
		if (key.active()) {
			keys.save(key.revoked(clock.instant()));
		}
	}

	@Override
	@Transactional
	public Optional<SignedInUser> verify(String presentedKey) {
		if (!presentedKey.startsWith(PREFIX) || presentedKey.length() > 100) {
			return Optional.empty();
		}
		return keys.findByKeyHash(BearerKeys.sha256(presentedKey)).filter(ApiKey::active).flatMap(key -> {
			Instant now = clock.instant();
			if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
				keys.save(key.used(now));
			}
			return users.findById(key.userId())
				.map(user -> new SignedInUser(new UserId(user.id()), user.email(), user.name(), null,
						key.id().toString()));
		});
	}

}
