package aero.hobbs.myflightbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.Test;

class PendingAuthorizationTests {

	static final URI CALLBACK = URI.create("https://hobbs.example/api/integrations/myflightbook/callback");

	final Instant started = Instant.parse("2026-06-01T10:00:00Z");

	final UserId pilot = UserId.random();

	final PendingAuthorization pending = PendingAuthorization.start(pilot, started, CALLBACK);

	@Test
	void matchesItsOwnStateForThePilotWithinTenMinutes() {
		assertThat(pending.matches(pending.state(), pilot, started.plus(Duration.ofMinutes(9)))).isTrue();
	}

	@Test
	void expiresAfterTenMinutes() {
		assertThat(pending.matches(pending.state(), pilot, started.plus(Duration.ofMinutes(10)))).isFalse();
	}

	@Test
	void rejectsAnotherStateOrPilot() {
		assertThat(pending.matches(pending.state() + "x", pilot, started)).isFalse();
		assertThat(pending.matches("", pilot, started)).isFalse();
		assertThat(pending.matches(pending.state(), UserId.random(), started)).isFalse();
	}

	@Test
	void drawsAFreshStateOfAtLeast128BitsEachTime() {
		PendingAuthorization other = PendingAuthorization.start(pilot, started, CALLBACK);

		assertThat(pending.state()).hasSize(43).isNotEqualTo(other.state());
	}

}
