package aero.hobbs.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ICalendarTextTests {

	@Test
	void escapesTextValues() {
		assertThat(ICalendarText.escape("a\\b;c,d\r\ne\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
	}

	@Test
	void dropsControlCharactersButKeepsTabs() {
		assertThat(ICalendarText.escape("a\u0000b\u0007c\td\u007f")).isEqualTo("abc\td");
	}

	@Test
	void writesInstantsInUtc() {
		assertThat(ICalendarText.utc(Instant.parse("2027-03-10T08:05:09.123Z"))).isEqualTo("20270310T080509Z");
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
		String value = "Flug über den Bodensee ✈ mit Übernachtung in Zürich 🛩 ".repeat(6);
		String written = new ICalendarText().text("DESCRIPTION", value).toString();
		assertThat(written).endsWith("\r\n");
		String[] lines = written.split("\r\n");
		assertThat(lines.length).isGreaterThan(4);
		for (int i = 0; i < lines.length; i++) {
			assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(lines[i].startsWith(" ")).isEqualTo(i > 0);
		}
		String unfolded = written.replace("\r\n ", "");
		assertThat(unfolded).isEqualTo("DESCRIPTION:" + ICalendarText.escape(value) + "\r\n");
	}

	@Test
	void leavesShortLinesAlone() {
		assertThat(new ICalendarText().raw("VERSION", "2.0").toString()).isEqualTo("VERSION:2.0\r\n");
		String exactly75 = "X".repeat(75 - "SUMMARY:".length());
		assertThat(new ICalendarText().text("SUMMARY", exactly75).toString())
			.isEqualTo("SUMMARY:" + exactly75 + "\r\n");
	}

}
