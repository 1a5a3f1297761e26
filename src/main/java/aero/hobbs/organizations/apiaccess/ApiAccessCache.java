package aero.hobbs.organizations.apiaccess;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * What every organization-key request would otherwise read from the database twice: the
 * key behind a hash and the organization's hourly limit, kept for
 * {@code hobbs.organizations.api.cache-ttl} (5 s by default). The node that revokes a key
 * or changes a plan forgets the entry at once; other nodes within the TTL. Unknown keys
 * are never cached, so a guessed key always costs a lookup and fills nothing.
 */
@Component
class ApiAccessCache {

	/** More entries than any real deployment has keys; past it the cache starts over. */
	private static final int MAX_ENTRIES = 10_000;

	private record Entry<V>(V value, long expiresAt) {
	}

	private final Map<String, Entry<OrganizationApiKey>> keys = new ConcurrentHashMap<>();

	private final Map<UUID, Entry<Long>> limits = new ConcurrentHashMap<>();

	private final long ttlNanos;

	ApiAccessCache(ApiAccessProperties properties) {
		this.ttlNanos = properties.cacheTtl().toNanos();
	}

	Optional<OrganizationApiKey> key(String keyHash, Supplier<Optional<OrganizationApiKey>> lookup) {
		Entry<OrganizationApiKey> cached = keys.get(keyHash);
		long now = System.nanoTime();
		if (cached != null && now - cached.expiresAt() < 0) {
			return Optional.of(cached.value());
		}
		Optional<OrganizationApiKey> found = lookup.get();
		found.ifPresentOrElse(key -> put(keys, keyHash, key, now), () -> keys.remove(keyHash));
		return found;
	}

	long limit(UUID organizationId, Supplier<OptionalLong> lookup, long otherwise) {
		Entry<Long> cached = limits.get(organizationId);
		long now = System.nanoTime();
		if (cached != null && now - cached.expiresAt() < 0) {
			return cached.value();
		}
		long limit = lookup.get().orElse(otherwise);
		put(limits, organizationId, limit, now);
		return limit;
	}

	void forgetKey(UUID keyId) {
		keys.values().removeIf(entry -> entry.value().id().equals(keyId));
	}

	void forgetOrganization(UUID organizationId) {
		limits.remove(organizationId);
		keys.values().removeIf(entry -> entry.value().organizationId().equals(organizationId));
	}

	private <K, V> void put(Map<K, Entry<V>> map, K key, V value, long now) {
		if (ttlNanos <= 0) {
			return;
		}
		if (map.size() >= MAX_ENTRIES) {
			map.clear();
		}
		map.put(key, new Entry<>(value, now + ttlNanos));
	}

}
