package aero.hobbs.myflightbook.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import aero.hobbs.shared.OutboundResponse;
import aero.hobbs.shared.UpstreamFailure;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** MyFlightbook's token endpoint answers (spec §2.4), read by the client rule. */
class MyFlightbookOAuthTests {

	final JsonMapper json = JsonMapper.builder().build();

	TokenGrant read(int status, String body) {
		return MyFlightbookOAuth.grantFrom(new OutboundResponse(status, "application/json; charset=utf-8",
				body.getBytes(StandardCharsets.UTF_8), Duration.ZERO), json);
	}

	@Test
	void readsAGrant() {
		TokenGrant grant = read(200, """
				{"access_token":"gAAAA-a","token_type":"bearer","expires_in":1209600,"refresh_token":"3ZV-r",
				 "scope":"currency readaircraft readflight totals visited"}""");

		assertThat(grant.accessToken()).isEqualTo("gAAAA-a");
		assertThat(grant.refreshToken()).isEqualTo("3ZV-r");
		assertThat(grant.expiresIn()).isEqualTo(Duration.ofDays(14));
		assertThat(grant.scopes()).isEqualTo("currency readaircraft readflight totals visited");
	}

	@Test
	void readsExpiresInGivenAsAString() {
		assertThat(read(200, "{\"access_token\":\"a\",\"expires_in\":\"3600\"}").expiresIn())
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void assumesFourteenDaysWithoutExpiresIn() {
		assertThat(read(200, "{\"access_token\":\"a\"}").expiresIn()).isEqualTo(Duration.ofDays(14));
	}

	@Test
	void acceptsAGrantWithoutARefreshToken() {
		assertThat(read(200, "{\"access_token\":\"a\",\"expires_in\":60}").refreshToken()).isNull();
	}

	@Test
	void treatsInvalidGrantWithHttp200AsReconnect() {
		assertThatThrownBy(() -> read(200, "{\"error\":\"invalid_grant\"}")).isInstanceOf(ReconnectRequired.class)
			.hasMessageContaining("invalid_grant")
			.hasMessageEndingWith("Please reconnect MyFlightbook.");
	}

	@Test
	void blamesTheOperatorForInvalidClient() {
		assertThatThrownBy(() -> read(200, "{\"error\":\"invalid_client\"}")).isInstanceOf(UpstreamFailure.class)
			.isNotInstanceOf(ReconnectRequired.class)
			.hasMessageContaining("MFB_CLIENT_ID");
	}

	@Test
	void failsOnAnHttp400TextAnswer() {
		assertThatThrownBy(() -> read(400, "Value cannot be null.\r\nParameter name: clientId"))
			.isInstanceOf(UpstreamFailure.class)
			.hasMessage("MyFlightbook's token endpoint answered HTTP 400: Value cannot be null.");
	}

	@Test
	void failsWithoutAnAccessToken() {
		assertThatThrownBy(() -> read(200, "{\"token_type\":\"bearer\"}")).isInstanceOf(UpstreamFailure.class)
			.hasMessageContaining("without an access token");
	}

	@Test
	void keepsTokensOutOfToString() {
		TokenGrant grant = read(200, "{\"access_token\":\"secret-a\",\"refresh_token\":\"secret-r\"}");

		assertThat(grant.toString()).doesNotContain("secret-a").doesNotContain("secret-r");
	}

}
