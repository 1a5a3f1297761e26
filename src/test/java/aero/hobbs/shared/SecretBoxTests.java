package aero.hobbs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

class SecretBoxTests {

	private final byte[] oldKey = SecretBox.decodeKey(SecretBox.newKey());

	private final byte[] newKey = SecretBox.decodeKey(SecretBox.newKey());

	@Test
	void sealsAndOpens() {
		SecretBox box = new SecretBox(newKey, List.of());
		String sealed = box.seal("refresh-token-123");
		assertThat(sealed).startsWith("v1.").doesNotContain("refresh-token-123");
		assertThat(box.open(sealed)).isEqualTo("refresh-token-123");
		assertThat(box.seal("refresh-token-123")).isNotEqualTo(sealed);
	}

	@Test
	void opensWhatARotatedOutKeySealed() {
		String sealedWithOld = new SecretBox(oldKey, List.of()).seal("secret");
		assertThat(new SecretBox(newKey, List.of(oldKey)).open(sealedWithOld)).isEqualTo("secret");
		assertThatIllegalStateException().isThrownBy(() -> new SecretBox(newKey, List.of()).open(sealedWithOld));
	}

	@Test
	void refusesATamperedValue() {
		SecretBox box = new SecretBox(newKey, List.of());
		String sealed = box.seal("secret");
		// a character well inside the ciphertext: the last one may only carry padding
		// bits
		int at = sealed.length() - 8;
		String tampered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
		assertThatIllegalStateException().isThrownBy(() -> box.open(tampered));
	}

	@Test
	void fingerprintsAreStablePerKey() {
		assertThat(new SecretBox(newKey, List.of()).fingerprint("x"))
			.isEqualTo(new SecretBox(newKey, List.of()).fingerprint("x"))
			.isNotEqualTo(new SecretBox(oldKey, List.of()).fingerprint("x"))
			.hasSize(64);
	}

	@Test
	void refusesAKeyOfTheWrongLength() {
		assertThatIllegalStateException().isThrownBy(() -> SecretBox.decodeKey("c2hvcnQ="));
	}

}
