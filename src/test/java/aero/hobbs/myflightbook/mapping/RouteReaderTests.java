package aero.hobbs.myflightbook.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteReaderTests {

	@Test
	void splitsOnAnyRunOfCharactersOtherThanLettersDigitsAndSlashes() {
		assertThat(RouteReader.tokens("KPAE KBLI")).containsExactly("KPAE", "KBLI");
		assertThat(RouteReader.tokens(" kpae, kbli>kjfk-KBOS ")).containsExactly("KPAE", "KBLI", "KJFK", "KBOS");
		assertThat(RouteReader.tokens("KPAE\t\nKBLI")).containsExactly("KPAE", "KBLI");
		assertThat(RouteReader.tokens("KPAÉKBLI")).containsExactly("KPA", "KBLI");
	}

	@Test
	void dropsRunwayQualifiersAndEmptyTokens() {
		assertThat(RouteReader.tokens("KJFK/28R KBOS/4L")).containsExactly("KJFK", "KBOS");
		assertThat(RouteReader.tokens("/28R KBOS")).containsExactly("KBOS");
		assertThat(RouteReader.tokens("KJFK//4")).containsExactly("KJFK");
	}

	@Test
	void readsNoTokensFromABlankRoute() {
		assertThat(RouteReader.tokens("")).isEmpty();
		assertThat(RouteReader.tokens("  - , ")).isEmpty();
	}

}
