package aero.hobbs.myflightbook.mapping;

import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

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

	@Test
	void readsTheCalendarDateOfEveryDateForm() {
		assertThat(MfbMembers.parseDate("2026-05-03")).isEqualTo(LocalDate.of(2026, 5, 3));
		assertThat(MfbMembers.parseDate("2026-05-03T00:00:00")).isEqualTo(LocalDate.of(2026, 5, 3));
		assertThat(MfbMembers.parseDate("2026-05-03T23:30:00-01:00")).isEqualTo(LocalDate.of(2026, 5, 3));
		assertThat(MfbMembers.parseDate("5/3/2026")).isEqualTo(LocalDate.of(2026, 5, 3));
	}

	@Test
	void readsNoDateFromTextThatIsNotOne() {
		assertThat(MfbMembers.parseDate("2026-02-30")).isNull();
		assertThat(MfbMembers.parseDate("2026-5-03")).isNull();
		assertThat(MfbMembers.parseDate("2026-05-03 10:00")).isNull();
		assertThat(MfbMembers.parseDate("2026-05-03T10\n00")).isNull();
		assertThat(MfbMembers.parseDate("2026-05-03\n")).isNull();
		assertThat(MfbMembers.parseDate("２０２６-05-03")).isNull();
		assertThat(MfbMembers.parseDate("yesterday")).isNull();
	}

	@Test
	void readsBlockTimesWithAndWithoutZone() {
		assertThat(utcTime("2026-05-03T00:00:00Z")).isEqualTo("00:00");
		assertThat(utcTime("2026-05-03T23:59:59")).isEqualTo("23:59");
		assertThat(utcTime("2026-05-03T15:55:00+00:00")).isEqualTo("15:55");
		assertThatThrownBy(() -> utcTime("2026-05-03T1a:55:00Z")).isInstanceOf(MfbMembers.Malformed.class);
		assertThatThrownBy(() -> utcTime("2026-05-03T15:55:00ZZ")).isInstanceOf(MfbMembers.Malformed.class);
	}

	@Test
	void readsAWholeNumberOfAnyNumericForm() {
		assertThat(MfbMembers.count(json("{\"n\": 3}"), "n")).isEqualTo(3);
		assertThat(MfbMembers.count(json("{\"n\": 3.0}"), "n")).isEqualTo(3);
		assertThat(MfbMembers.count(json("{\"n\": \"3\"}"), "n")).isEqualTo(3);
		assertThat(MfbMembers.count(json("{\"n\": -2}"), "n")).isEqualTo(-2);
		assertThat(MfbMembers.count(json("{}"), "n")).isZero();
		assertThatThrownBy(() -> MfbMembers.count(json("{\"n\": 3.5}"), "n")).isInstanceOf(MfbMembers.Malformed.class);
	}

	private static String utcTime(String value) {
		return MfbMembers.utcTime(json("{\"DateValue\": \"" + value + "\"}"), "DateValue");
	}

}
