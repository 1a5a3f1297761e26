package aero.hobbs.airports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * A pilot's custom airports and aliases against a real database: what a code means to one
 * pilot and not to another, and the clashes that are refused.
 */
// accounts comes along because the shared security chains need its API-key verifier
@ApplicationModuleTest(extraIncludes = "accounts")
class PilotAirportsIntegrationTests {

	@Autowired
	PilotAirports airports;

	private UserId pilot;

	@BeforeEach
	void aNewPilot() {
		pilot = UserId.random();
	}

	@Test
	void findsTheCustomAirportThenTheAliasThenTheReferenceSet() {
		airports.addCustom(pilot, "xsf1", "Smith Farm", 44.25, -78.5);
		airports.addAlias(pilot, "ytz-city", "ytz");

		assertThat(airports.find(pilot, " xsf1 ")).hasValueSatisfying(a -> {
			assertThat(a.code()).isEqualTo("XSF1");
			assertThat(a.type()).isEqualTo(CustomAirport.TYPE);
			assertThat(a.latitude()).isEqualTo(44.25);
		});
		assertThat(airports.find(pilot, "YTZ-CITY")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("CYTZ"));
		assertThat(airports.find(pilot, "EGLL")).hasValueSatisfying(a -> assertThat(a.name()).contains("Heathrow"));
		assertThat(airports.find(pilot, "ZZZZ9")).isEmpty();
		assertThat(airports.find(pilot, null)).isEmpty();
	}

	@Test
	void keepsEachPilotsCodesToThemselves() {
		CustomAirport mine = airports.addCustom(pilot, "XSF1", "Smith Farm", 44.25, -78.5);
		airports.addAlias(pilot, "YTZ-CITY", "CYTZ");
		UserId other = UserId.random();

		assertThat(airports.find(other, "XSF1")).isEmpty();
		assertThat(airports.find(other, "YTZ-CITY")).isEmpty();
		assertThat(airports.listCustom(other)).isEmpty();
		assertThat(airports.listAliases(other)).isEmpty();
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> airports.findCustom(other, mine.customAirportId()));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> airports.removeCustom(other, mine.customAirportId()));
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> airports.removeAlias(other, "YTZ-CITY"));
		// the other pilot may use the same codes for their own airports
		assertThat(airports.addCustom(other, "XSF1", "Elsewhere", 10.0, 10.0).code()).isEqualTo("XSF1");
	}

	@Test
	void pointsAnAliasAtACustomAirport() {
		airports.addCustom(pilot, "XSF1", "Smith Farm", 44.25, -78.5);
		AirportAlias alias = airports.addAlias(pilot, "SMITH", "xsf1");

		assertThat(alias.targetCode()).isEqualTo("XSF1");
		assertThat(airports.find(pilot, "SMITH")).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Smith Farm"));
		assertThat(airports.listAliases(pilot)).singleElement()
			.satisfies(a -> assertThat(a.target()).isNotNull().extracting(Airport::name).isEqualTo("Smith Farm"));
	}

	@Test
	void refusesDuplicatesAndACodeThatIsBothAliasAndAirport() {
		airports.addCustom(pilot, "XSF1", "Smith Farm", 44.25, -78.5);
		airports.addAlias(pilot, "YTZ-CITY", "CYTZ");

		assertThatExceptionOfType(Conflict.class).isThrownBy(() -> airports.addCustom(pilot, "xsf1", "Again", 1.0, 1.0))
			.satisfies(e -> assertThat(e.field()).isEqualTo("code"));
		assertThatExceptionOfType(Conflict.class).isThrownBy(() -> airports.addAlias(pilot, "ytz-city", "EGLL"));
		assertThatExceptionOfType(Conflict.class).isThrownBy(() -> airports.addAlias(pilot, "XSF1", "CYTZ"));
		assertThatExceptionOfType(Conflict.class)
			.isThrownBy(() -> airports.addCustom(pilot, "YTZ-CITY", "Not an alias", 1.0, 1.0));
	}

	@Test
	void keepsACustomAirportWhileAnAliasPointsToIt() {
		CustomAirport strip = airports.addCustom(pilot, "XSF1", "Smith Farm", 44.25, -78.5);
		airports.addAlias(pilot, "SMITH", "XSF1");

		assertThatExceptionOfType(Conflict.class)
			.isThrownBy(() -> airports.removeCustom(pilot, strip.customAirportId()))
			.withMessageContaining("SMITH");

		airports.removeAlias(pilot, "smith");
		airports.removeCustom(pilot, strip.customAirportId());
		assertThat(airports.listCustom(pilot)).isEmpty();
		assertThat(airports.find(pilot, "XSF1")).isEmpty();
	}

	@Test
	void suggestsThePilotsOwnAirportsFirst() {
		airports.addCustom(pilot, "CYT-FARM", "Smith Farm", 44.25, -78.5);

		assertThat(airports.suggest(pilot, "cyt", 20)).extracting(Airport::code)
			.startsWith("CYT-FARM")
			.contains("CYTZ");
		assertThat(airports.suggest(pilot, "smith f", 5)).extracting(Airport::code).first().isEqualTo("CYT-FARM");
		assertThat(airports.suggest(UserId.random(), "cyt", 5)).extracting(Airport::code).doesNotContain("CYT-FARM");
	}

}
