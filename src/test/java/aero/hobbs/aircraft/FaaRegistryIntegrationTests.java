package aero.hobbs.aircraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import aero.hobbs.aircraft.FaaAircraft.EngineType;
import aero.hobbs.shared.InvalidInput;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Loading the hand-made FAA sample into the database and looking tails up in it.
 */
// accounts comes along because the shared security chains need its API-key verifier
@ApplicationModuleTest(extraIncludes = { "accounts", "organizations" })
class FaaRegistryIntegrationTests {

	@Autowired
	FaaRegistry registry;

	FaaRegistry.Loaded loaded;

	@BeforeEach
	void loadTheSample() {
		loaded = FaaSample.loadInto(registry);
	}

	@Test
	void loadsTheSampleReplacingWhatWasThere() {
		assertThat(loaded.aircraft()).isEqualTo(FaaSample.AIRCRAFT);
		assertThat(loaded.skipped()).isEqualTo(FaaSample.SKIPPED);

		FaaRegistry.Loaded again = FaaSample.loadInto(registry);

		assertThat(registry.status().aircraft()).isEqualTo(FaaSample.AIRCRAFT);
		assertThat(registry.status().loadedAt()).isEqualTo(again.loadedAt());
	}

	@Test
	void findsAUsTailWrittenAnyWay() {
		FaaAircraft skyhawk = new FaaAircraft("N172SP", "CESSNA", "172S", CategoryClass.ASEL, 1,
				EngineType.RECIPROCATING, 2005);

		assertThat(registry.find("N172SP")).contains(skyhawk);
		assertThat(registry.find("n172sp")).contains(skyhawk);
		assertThat(registry.find("N-172SP")).contains(skyhawk);
		assertThat(registry.find(" n 172 sp ")).contains(skyhawk);
		assertThat(skyhawk.makeAndModel()).isEqualTo("CESSNA 172S");
	}

	@Test
	void findsNothingForAnNNumberWithoutItsNOrAForeignOrUnknownTail() {
		assertThat(registry.find("172SP")).isEmpty();
		assertThat(registry.find("C-GABC")).isEmpty();
		assertThat(registry.find("N99XX")).isEmpty();
		assertThat(registry.find("N")).isEmpty();
		assertThat(registry.find("")).isEmpty();
	}

	@Test
	void mapsEachRegistryTypeToCategoryAndClass() {
		assertThat(registry.find("N44RH")).hasValueSatisfying(a -> {
			assertThat(a.manufacturer()).isEqualTo("ROBINSON HELICOPTER");
			assertThat(a.model()).isEqualTo("R44 II");
			assertThat(a.categoryClass()).isEqualTo(CategoryClass.HELICOPTER);
		});
		assertThat(registry.find("N58BE")).hasValueSatisfying(a -> {
			assertThat(a.categoryClass()).isEqualTo(CategoryClass.AMEL);
			assertThat(a.engineCount()).isEqualTo(2);
		});
		assertThat(registry.find("N2BV").map(FaaAircraft::categoryClass)).contains(CategoryClass.ASES);
		assertThat(registry.find("N5ICN").map(FaaAircraft::categoryClass)).contains(CategoryClass.ASES);
		assertThat(registry.find("N6TW").map(FaaAircraft::categoryClass)).contains(CategoryClass.AMES);
		assertThat(registry.find("N321GL")).hasValueSatisfying(a -> {
			assertThat(a.categoryClass()).isEqualTo(CategoryClass.GLIDER);
			assertThat(a.engineCount()).isZero();
			assertThat(a.engineType()).isEqualTo(EngineType.NONE);
		});
		assertThat(registry.find("N525CJ")).hasValueSatisfying(a -> {
			assertThat(a.categoryClass()).isEqualTo(CategoryClass.AMEL);
			assertThat(a.engineType()).isEqualTo(EngineType.TURBOFAN);
		});
		assertThat(registry.find("N90ZB").map(FaaAircraft::categoryClass)).contains(CategoryClass.BALLOON);
		assertThat(registry.find("N16MG").map(FaaAircraft::categoryClass)).contains(CategoryClass.GYROPLANE);
		assertThat(registry.find("N912WS")).hasValueSatisfying(a -> assertThat(a.categoryClass()).isNull());
	}

	@Test
	void refusesFilesWithoutAircraftAndKeepsTheRegistry(@TempDir Path dir) throws IOException {
		Path master = Files.writeString(dir.resolve("MASTER.txt"), "N-NUMBER,MFR MDL CODE,\n");

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> registry.load(master, FaaSample.directory().resolve("ACFTREF.txt")));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> registry.load(dir.resolve("missing.txt"), FaaSample.directory().resolve("ACFTREF.txt")));

		assertThat(registry.status().aircraft()).isEqualTo(FaaSample.AIRCRAFT);
	}

}
