package aero.hobbs.airports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;

import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AirportInputTests {

	private static final AirportDirectory directory = new AirportDirectory();

	private static InvalidInput refusedCustom(String code, String name, Double latitude, Double longitude) {
		return catchInvalid(() -> AirportInput.checkCustom(code, name, latitude, longitude, directory));
	}

	private static InvalidInput catchInvalid(ThrowingCallable check) {
		return catchThrowableOfType(InvalidInput.class, check);
	}

	@Test
	void acceptsACustomAirportAndNormalizesIt() {
		AirportInput.CheckedCustom checked = AirportInput.checkCustom("  xs-f1 ", " Smith   Farm ", 43.5, -79.25,
				directory);
		assertThat(checked).isEqualTo(new AirportInput.CheckedCustom("XS-F1", "Smith Farm", 43.5, -79.25));
	}

	@Test
	void namesEveryBadFieldOfACustomAirport() {
		InvalidInput refused = refusedCustom("x", " ", 91.0, -180.5);
		assertThat(refused.issues()).extracting(FieldIssue::field)
			.containsExactly("code", "name", "latitude", "longitude");
		assertThat(refused.issues().getFirst().issue()).contains("2 to 10 letters, digits or dashes");
	}

	@Test
	void refusesCodesTheLogbookCouldNotStore() {
		assertThat(refusedCustom("ELEVENCHARS", "Strip", 0.0, 0.0).issues()).extracting(FieldIssue::field)
			.containsExactly("code");
		assertThat(refusedCustom("MY STRIP", "Strip", 0.0, 0.0).issues()).extracting(FieldIssue::field)
			.containsExactly("code");
		assertThat(refusedCustom("-AB", "Strip", 0.0, 0.0).issues()).extracting(FieldIssue::field)
			.containsExactly("code");
	}

	@Test
	void refusesMissingOrImpossibleCoordinates() {
		assertThat(refusedCustom("XSF1", "Strip", null, Double.NaN).issues()).extracting(FieldIssue::field)
			.containsExactly("latitude", "longitude");
		assertThat(AirportInput.checkCustom("XSF1", "Pole", -90.0, 180.0, directory).latitude()).isEqualTo(-90.0);
	}

	@Test
	void refusesANameLongerThan200Characters() {
		assertThat(refusedCustom("XSF1", "x".repeat(201), 0.0, 0.0).issues()).extracting(FieldIssue::field)
			.containsExactly("name");
	}

	@Test
	void refusesACodeTheReferenceSetKnows() {
		InvalidInput refused = refusedCustom("ytz", "Mine", 0.0, 0.0);
		assertThat(refused.issues()).singleElement().satisfies(issue -> {
			assertThat(issue.field()).isEqualTo("code");
			assertThat(issue.issue()).contains("YTZ is already an airport Hobbs knows").contains("CYTZ");
		});
	}

	@Test
	void resolvesAnAliasTargetByAnyOfItsCodes() {
		AirportInput.CheckedAlias checked = AirportInput.checkAlias(" ytz-city ", "ytz", directory, directory::find);
		assertThat(checked.code()).isEqualTo("YTZ-CITY");
		assertThat(checked.target().code()).isEqualTo("CYTZ");
	}

	@Test
	void namesBothFieldsOfABadAlias() {
		InvalidInput refused = catchInvalid(() -> AirportInput.checkAlias("CYTZ", "ZZZZ9", directory, directory::find));
		assertThat(refused.issues()).extracting(FieldIssue::field).containsExactly("code", "target_code");
		assertThat(refused.issues().get(0).issue()).contains("so it needs no alias");
		assertThat(refused.issues().get(1).issue()).startsWith("Unknown airport ZZZZ9");

		assertThat(catchInvalid(() -> AirportInput.checkAlias("YTZ-CITY", " ", directory, code -> Optional.empty()))
			.issues()).extracting(FieldIssue::field).containsExactly("target_code");
	}

	@Test
	void normalizesCodes() {
		assertThat(AirportInput.normalize(" cyTz ")).isEqualTo("CYTZ");
		assertThat(AirportInput.normalize(null)).isEmpty();
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> AirportInput.checkAlias(null, null, directory, directory::find));
	}

}
