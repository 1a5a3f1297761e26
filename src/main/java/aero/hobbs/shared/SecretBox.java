package aero.hobbs.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM. A sealed value reads
 * {@code v1.<key id>.<base64 nonce+ciphertext>}; the key id (the first 4 bytes of the
 * key's SHA-256) lets a rotated-out key still open what it sealed. {@link #fingerprint}
 * gives a keyed HMAC for looking a secret up without storing it in the clear.
 */
public final class SecretBox {

	private static final String PREFIX = "v1.";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final byte[] currentKey;

	private final String currentKeyId;

	private final Map<String, byte[]> keysById = new LinkedHashMap<>();

	private final byte[] fingerprintKey;

	public SecretBox(byte[] currentKey, List<byte[]> previousKeys) {
		this.currentKey = requireKey(currentKey);
		this.currentKeyId = keyId(currentKey);
		keysById.put(currentKeyId, currentKey);
		previousKeys.forEach(k -> keysById.putIfAbsent(keyId(requireKey(k)), k));
		this.fingerprintKey = hmac(currentKey, "hobbs-fingerprint".getBytes(StandardCharsets.UTF_8));
	}

	public static byte[] decodeKey(String base64) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("The encryption key is not valid base64");
		}
		return requireKey(key);
	}

	public static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	public String seal(String plaintext) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(currentKey, "AES"),
					new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, out, 0, nonce.length);
			System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
			return PREFIX + currentKeyId + "." + Base64.getEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is unavailable", e);
		}
	}

	public String open(String sealed) {
		String[] parts = sealed.split("\\.", 3);
		if (parts.length != 3 || !PREFIX.equals(parts[0] + ".")) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		byte[] key = keysById.get(parts[1]);
		if (key == null) {
			throw new IllegalStateException("Sealed with key " + parts[1] + ", which is not configured");
		}
		byte[] data = Base64.getDecoder().decode(parts[2]);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
					new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
			return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A sealed value failed its integrity check", e);
		}
	}

	/**
	 * A stable keyed hash (hex HMAC-SHA256) of a secret, for lookups; it cannot be
	 * reversed.
	 */
	public String fingerprint(String secret) {
		return HexFormat.of().formatHex(hmac(fingerprintKey, secret.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] requireKey(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("An encryption key must be 32 bytes (256 bits), base64-encoded");
		}
		return key;
	}

	private static String keyId(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
