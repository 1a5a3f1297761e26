package aero.hobbs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SenderTests {

	@Test
	void cutsTheResponseExcerptAtOneKilobyteBetweenCharacters() {
		byte[] body = ("x".repeat(1023) + "é and more").getBytes(StandardCharsets.UTF_8);
		assertThat(Sender.excerpt(body)).isEqualTo("x".repeat(1023));
		assertThat(Sender.excerpt(new byte[0])).isNull();
	}

}
