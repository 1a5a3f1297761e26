package aero.hobbs.logbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DurationsTests {

	@Test
	void readsHoursAndMinutesAndDecimalHours() {
		assertThat(Durations.parse("1:25")).isEqualTo(85);
		assertThat(Durations.parse("1.5")).isEqualTo(90);
		assertThat(Durations.parse("0,1")).isEqualTo(6);
		assertThat(Durations.parse("2")).isEqualTo(120);
	}

	@Test
	void refusesWhatIsNotADuration() {
		assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse("1:75"));
		assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse("abc"));
		assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse("-1"));
	}

	@Test
	void showsMinutesAsHoursAndMinutes() {
		assertThat(Durations.hm(85)).isEqualTo("1:25");
		assertThat(Durations.hm(0)).isEqualTo("0:00");
		assertThat(Durations.hm(6000)).isEqualTo("100:00");
	}

}
