package aero.hobbs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryScheduleTests {

	private final RetrySchedule schedule = new RetrySchedule(
			List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
					Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10), Duration.ofHours(14)));

	private final Instant failedAt = Instant.parse("2026-12-02T10:00:00Z");

	@Test
	void waitsLongerAfterEachFailure() {
		assertThat(schedule.next(failedAt, 1)).contains(failedAt.plusSeconds(5));
		assertThat(schedule.next(failedAt, 2)).contains(failedAt.plus(Duration.ofMinutes(5)));
		assertThat(schedule.next(failedAt, 3)).contains(failedAt.plus(Duration.ofMinutes(30)));
		assertThat(schedule.next(failedAt, 8)).contains(failedAt.plus(Duration.ofHours(14)));
	}

	@Test
	void givesUpAfterTheLastWait() {
		assertThat(schedule.next(failedAt, 9)).isEmpty();
	}

	@Test
	void coversMoreThanADay() {
		assertThat(schedule.span()).isGreaterThan(Duration.ofHours(24))
			.isEqualTo(Duration.ofHours(41).plusMinutes(35).plusSeconds(5));
	}

}
