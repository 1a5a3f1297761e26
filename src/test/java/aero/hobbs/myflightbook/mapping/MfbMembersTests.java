package aero.hobbs.myflightbook.mapping;

import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MfbMembersTests {

	@Test
	void readsTheUtcTimeOfDayOfEveryDateTimeForm() {
		assertThat(utcTime("2026-05-03T15:55:00Z")).isEqualTo("15:55");
		assertThat(utcTime("2026-05-03T15:55:00")).isEqualTo("15:55");
		assertThat(utcTime("2026-05-03T15:55:59.999Z")).isEqualTo("15:55");
		assertThat(utcTime("2026-05-03T15:55")).isEqualTo("15:55");
		assertThat(utcTime("2026-05-03T01:30:00+02:00")).isEqualTo("23:30");
		assertThat(utcTime("2026-05-03T23:30:00-01:00")).isEqualTo("00:30");
		assertThat(utcTime("0001-01-01T00:00:00")).isNull();
	}

	@Test
	void refusesAnImpossibleDateOrTime() {
		assertThatThrownBy(() -> utcTime("2026-02-30T10:00:00Z")).isInstanceOf(MfbMembers.Malformed.class);
		assertThatThrownBy(() -> utcTime("2026-05-03T24:00:00")).isInstanceOf(MfbMembers.Malformed.class);
		assertThatThrownBy(() -> utcTime("2026-05-03T10:60:00Z")).isInstanceOf(MfbMembers.Malformed.class);
		assertThatThrownBy(() -> utcTime("15:55")).isInstanceOf(MfbMembers.Malformed.class);
	}

	private static String utcTime(String value) {
		return MfbMembers.utcTime(json("{\"DateValue\": \"" + value + "\"}"), "DateValue");
	}

}
