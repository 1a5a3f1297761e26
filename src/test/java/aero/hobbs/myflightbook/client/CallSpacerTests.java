package aero.hobbs.myflightbook.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CallSpacerTests {

	long now = 1_000_000_000L;

	final List<Duration> sleeps = new ArrayList<>();

	CallSpacer spacer(Duration spacing) {
		return new CallSpacer(spacing, () -> now, duration -> {
			sleeps.add(duration);
			now += duration.toNanos();
		});
	}

	@Test
	void letsTheFirstCallGoAtOnce() {
		spacer(Duration.ofMillis(500)).awaitTurn("pilot");

		assertThat(sleeps).isEmpty();
	}

	@Test
	void waitsOutTheRestOfTheSpacingAfterAQuickCall() {
		CallSpacer spacer = spacer(Duration.ofMillis(500));
		spacer.awaitTurn("pilot");
		now += Duration.ofMillis(120).toNanos();

		spacer.awaitTurn("pilot");

		assertThat(sleeps).containsExactly(Duration.ofMillis(380));
	}

	@Test
	void doesNotWaitWhenTheSpacingHasPassed() {
		CallSpacer spacer = spacer(Duration.ofMillis(500));
		spacer.awaitTurn("pilot");
		now += Duration.ofMillis(800).toNanos();

		spacer.awaitTurn("pilot");

		assertThat(sleeps).isEmpty();
	}

	@Test
	void spacesEachKeyOnItsOwn() {
		CallSpacer spacer = spacer(Duration.ofMillis(500));
		spacer.awaitTurn("pilot-a");

		spacer.awaitTurn("pilot-b");

		assertThat(sleeps).isEmpty();
	}

	@Test
	void queuesCallersThatReserveBeforeTheySleep() {
		List<Duration> reserved = new ArrayList<>();
		// a sleeper that does not move time: three callers arriving at the same instant
		CallSpacer spacer = new CallSpacer(Duration.ofMillis(500), () -> now, reserved::add);

		spacer.awaitTurn("pilot");
		spacer.awaitTurn("pilot");
		spacer.awaitTurn("pilot");

		assertThat(reserved).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
	}

	@Test
	void neverWaitsWithZeroSpacing() {
		CallSpacer spacer = spacer(Duration.ZERO);

		spacer.awaitTurn("pilot");
		spacer.awaitTurn("pilot");

		assertThat(sleeps).isEmpty();
	}

}
