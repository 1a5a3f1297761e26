package aero.hobbs.organizations.apiaccess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.Role;
import aero.hobbs.shared.BearerKeys;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiKeyVerifier;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organization API keys for server-to-server integrations: {@code hbo_} followed by 256
 * random bits, stored as their SHA-256 and shown once. Each acts in its organization with
 * the role it was given (never owner), and only while the organization's API access is
 * enabled.
 */
@Service
public class OrganizationApiKeys implements ApiKeyVerifier {

	static final String PREFIX = "hbo_";

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

	private final OrganizationKeyMembers keys;

	private final OrganizationAccess access;

	private final ApiAccessPlans plans;

	private final ApiAccessCache cache;

	private final Clock clock;

	OrganizationApiKeys(OrganizationKeyMembers keys, OrganizationAccess access, ApiAccessPlans plans,
			ApiAccessCache cache, Clock clock) {
		this.keys = keys;
		this.access = access;
		this.plans = plans;
		this.cache = cache;
		this.clock = clock;
	}

	@Transactional
	public CreatedOrganizationApiKey create(OrganizationId organization, UserId actor, @Nullable String name,
			@Nullable String role) {
		access.require(organization, actor, Permission.API_KEYS_MANAGE);
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new InvalidInput("name", "Give the key a name of 1 to 100 characters, e.g. the system that uses it");
		}
		Role chosen = Role.fromWire(role)
			.filter(r -> r != Role.OWNER)
			.orElseThrow(() -> new InvalidInput("role",
					"Choose the role the key acts with: admin, instructor, member or student (never owner)"));
		if (!plans.enabled(organization)) {
			throw new Conflict("api_access", "API access is not enabled for this organization; ask the platform "
					+ "admin (support) to enable it, then create keys");
		}
		String key = BearerKeys.generate(PREFIX);
		OrganizationApiKey created = new OrganizationApiKey(UUID.randomUUID(), organization.value(), trimmed, chosen,
				key.substring(0, 12), actor.value(), now(), null, null);
		keys.insert(created, BearerKeys.sha256(key));
		return new CreatedOrganizationApiKey(created, key);
	}

	/** The organization's keys, newest first, revoked ones included. */
	public List<OrganizationApiKey> list(OrganizationId organization, UserId actor) {
		access.require(organization, actor, Permission.API_KEYS_MANAGE);
		return keys.list(organization.value());
	}

	public OrganizationApiKey find(OrganizationId organization, UserId actor, UUID keyId) {
		access.require(organization, actor, Permission.API_KEYS_MANAGE);
		return keys.find(organization.value(), keyId).orElseThrow(() -> new NotFound("API key"));
	}

	/** Revokes the key at once; revoking a revoked key changes nothing. */
	@Transactional
	public void revoke(OrganizationId organization, UserId actor, UUID keyId) {
		find(organization, actor, keyId);
		keys.revoke(organization.value(), keyId, now());
		cache.forgetKey(keyId);
	}

	/**
	 * One indexed lookup by the key's hash, cached for a few seconds
	 * ({@link ApiAccessCache}); {@code last_used_at} is written at most every five
	 * minutes.
	 */
	@Override
	public Optional<SignedInUser> verify(String presentedKey) {
		if (!presentedKey.startsWith(PREFIX) || presentedKey.length() > 100) {
			return Optional.empty();
		}
		String hash = BearerKeys.sha256(presentedKey);
		return cache.key(hash, () -> keys.findUsable(hash).map(this::markUsed))
			.map(key -> SignedInUser.organizationKey(key.id(), key.name(), key.organizationId()));
	}

	/**
	 * Read from the database (not the cache): note the use, at most every five minutes.
	 */
	private OrganizationApiKey markUsed(OrganizationApiKey key) {
		Instant now = clock.instant();
		if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
			keys.used(key.id(), now);
		}
		return key;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
