package aero.hobbs.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer keys as Hobbs issues them: a readable prefix ({@code hbs_}, {@code hbc_})
 * followed by 256 random bits in base64url, verified by their SHA-256 so that the key
 * itself is never stored for verification.
 */
public final class BearerKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private BearerKeys() {
	}

	public static String generate(String prefix) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/** The key's SHA-256, in lower-case hex. */
	public static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
