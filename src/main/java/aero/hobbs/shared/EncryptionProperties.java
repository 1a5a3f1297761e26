package aero.hobbs.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret box's keys: {@code key} (env {@code HOBBS_ENCRYPTION_KEY}) encrypts, and it
 * and {@code previousKeys} decrypt, so a key can be rotated without re-encrypting at
 * once. Each key is 32 bytes, base64.
 */
@ConfigurationProperties("hobbs.encryption")
record EncryptionProperties(@Nullable String key, List<String> previousKeys) {

	EncryptionProperties {
		previousKeys = previousKeys == null ? List.of() : List.copyOf(previousKeys);
	}
}
