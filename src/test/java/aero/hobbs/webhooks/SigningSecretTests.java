package aero.hobbs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SigningSecretTests {

	@Test
	void signsAsTheStandardWebhooksExampleDoes() {
		// the example in the Standard Webhooks specification's libraries' tests
		assertThat(SigningSecret.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330, "{\"test\": 2432232314}"))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void generatesPrefixedSecretsOf24RandomBytes() {
		String secret = SigningSecret.generate();
		assertThat(secret).startsWith("whsec_").isNotEqualTo(SigningSecret.generate());
		assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
	}

	@Test
	void refusesAnythingButAWebhookSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> SigningSecret.sign("hbs_abc", "msg_1", 1, "{}"));
	}

}
