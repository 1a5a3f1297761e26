package aero.hobbs.airports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AirportDirectoryTests {

	private static final AirportDirectory airports = new AirportDirectory();

	@Test
	void bundlesTheFullReferenceSet() {
		assertThat(airports.size()).isGreaterThan(50_000);
	}

	@Test
	void resolvesSmallFieldsAndMajorAirports() {
		assertThat(airports.find("CYTZ")).hasValueSatisfying(a -> assertThat(a.name()).contains("Billy Bishop"));
		assertThat(airports.find("CYOO")).hasValueSatisfying(a -> assertThat(a.name()).contains("Oshawa"));
		assertThat(airports.find("EGLL")).hasValueSatisfying(a -> assertThat(a.name()).contains("Heathrow"));
		assertThat(airports.find("KJFK")).hasValueSatisfying(a -> assertThat(a.latitude()).isBetween(40.6, 40.7));
		assertThat(airports.find("K1C5")).isPresent();
	}

	@Test
	void resolvesIataAndFaaCodes() {
		assertThat(airports.find("LHR")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("EGLL"));
		assertThat(airports.find(" ytz ")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("CYTZ"));
		assertThat(airports.find("1C5")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("K1C5"));
	}

	@Test
	void knowsNothingOfMadeUpCodes() {
		assertThat(airports.find("ZZZZ9")).isEmpty();
		assertThat(airports.find("")).isEmpty();
	}

	@Test
	void suggestsByCodePrefixThenName() {
		assertThat(airports.suggest("CYT", 20)).extracting(Airport::code).contains("CYTZ");
		assertThat(airports.suggest("Heathrow", 5)).extracting(Airport::code).contains("EGLL");
	}

}
