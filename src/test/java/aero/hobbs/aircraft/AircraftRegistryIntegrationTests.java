package aero.hobbs.aircraft;

import static org.assertj.core.api.Assertions.assertThat;

import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Adopting imported aircraft: from the FAA registry when it knows the tail, otherwise
 * unverified from the importer's model text, and never over the pilot's own aircraft.
 */
// accounts comes along because the shared security chains need its API-key verifier
@ApplicationModuleTest(extraIncludes = { "accounts", "organizations" })
class AircraftRegistryIntegrationTests {

	@Autowired
	AircraftRegistry registry;

	@Autowired
	FaaRegistry faa;

	UserId pilot;

	@BeforeEach
	void aNewPilotAndTheSampleRegistry() {
		FaaSample.loadInto(faa);
		pilot = UserId.random();
	}

	@Test
	void adoptsAUsTailFromTheRegistryAsVerified() {
		Aircraft adopted = registry.adoptImported(pilot, ImportedAircraft.of("n-172sp", "Cessna  Skyhawk SP"));

		assertThat(adopted.registration()).isEqualTo("N172SP");
		assertThat(adopted.model()).isEqualTo("CESSNA 172S");
		assertThat(adopted.typeCode()).isEqualTo("172S");
		assertThat(adopted.categoryClass()).isEqualTo(CategoryClass.ASEL);
		assertThat(adopted.engineCount()).isEqualTo(1);
		assertThat(adopted.verified()).isTrue();
		assertThat(adopted.source()).isEqualTo(Aircraft.FAA);
		assertThat(registry.list(pilot)).containsExactly(adopted);
	}

	@Test
	void takesTheRegistrysClassEnginesAndTurbineAndTheImportersType() {
		Aircraft jet = registry.adoptImported(pilot,
				new ImportedAircraft("N525CJ", "Cessna Citation CJ", "C525", CategoryClass.ASEL, false, null));
		Aircraft helicopter = registry.adoptImported(pilot, ImportedAircraft.of("N44RH", "R44"));
		Aircraft floatplane = registry.adoptImported(pilot, ImportedAircraft.of("N2BV", null));

		assertThat(jet.categoryClass()).isEqualTo(CategoryClass.AMEL);
		assertThat(jet.engineCount()).isEqualTo(2);
		assertThat(jet.turbine()).isTrue();
		assertThat(jet.typeCode()).isEqualTo("C525");
		assertThat(helicopter.categoryClass()).isEqualTo(CategoryClass.HELICOPTER);
		assertThat(helicopter.typeCode()).isEqualTo("R44");
		assertThat(floatplane.categoryClass()).isEqualTo(CategoryClass.ASES);
		assertThat(floatplane.typeCode()).isEqualTo("DHC2");
	}

	@Test
	void keepsATailTheRegistryLacksAsUnverifiedWithTheImportersModel() {
		Aircraft adopted = registry.adoptImported(pilot, ImportedAircraft.of("N98765", "Van's  RV-7A"));

		assertThat(adopted.registration()).isEqualTo("N98765");
		assertThat(adopted.model()).isEqualTo("Van's RV-7A");
		assertThat(adopted.typeCode()).isEqualTo("VAN'S");
		assertThat(adopted.categoryClass()).isEqualTo(CategoryClass.ASEL);
		assertThat(adopted.verified()).isFalse();
		assertThat(adopted.source()).isEqualTo(Aircraft.MYFLIGHTBOOK);
	}

	@Test
	void keepsANonUsTailAsUnverifiedWithWhatTheImporterKnows() {
		Aircraft adopted = registry.adoptImported(pilot,
				new ImportedAircraft("C-GABC", "Piper Seneca", "PA34", CategoryClass.AMEL, false, null));
		Aircraft unknown = registry.adoptImported(pilot, ImportedAircraft.of("G-ABCD", " "));

		assertThat(adopted.typeCode()).isEqualTo("PA34");
		assertThat(adopted.categoryClass()).isEqualTo(CategoryClass.AMEL);
		assertThat(adopted.engineCount()).isEqualTo(2);
		assertThat(adopted.verified()).isFalse();
		assertThat(unknown.typeCode()).isEqualTo(AircraftAdoption.UNKNOWN_TYPE);
		assertThat(unknown.model()).isNull();
	}

	@Test
	void neverLooksASimulatorUpInTheRegistry() {
		Aircraft simulator = registry.adoptImported(pilot,
				new ImportedAircraft("N172SP", "Redbird MCX", "C172", null, true, FstdType.AATD));

		assertThat(simulator.simulator()).isTrue();
		assertThat(simulator.fstdType()).isEqualTo(FstdType.AATD);
		assertThat(simulator.model()).isEqualTo("Redbird MCX");
		assertThat(simulator.source()).isEqualTo(Aircraft.MYFLIGHTBOOK);
	}

	@Test
	void leavesThePilotsOwnAircraftUntouched() {
		Aircraft own = registry.add(pilot, new AircraftDetails("N172SP", "C172", "My Skyhawk", "asel", 1, false, false,
				false, false, true, false, null));
		Aircraft stored = registry.find(pilot, own.aircraftId());

		Aircraft adopted = registry.adoptImported(pilot, ImportedAircraft.of("n-172sp", "Cessna Skyhawk SP"));

		assertThat(adopted).isEqualTo(stored);
		assertThat(adopted.source()).isEqualTo(Aircraft.MANUAL);
		assertThat(adopted.verified()).isTrue();
		assertThat(registry.list(pilot)).containsExactly(stored);
	}

	@Test
	void adoptsTheSameTailOnceAndAPilotsEditVerifiesIt() {
		Aircraft first = registry.adoptImported(pilot, ImportedAircraft.of("N98765", "RV-7A"));
		assertThat(registry.adoptImported(pilot, ImportedAircraft.of("n98765", "something else"))).isEqualTo(first);

		Aircraft edited = registry.update(pilot, first.aircraftId(), new AircraftDetails("N98765", "RV7", "Van's RV-7A",
				"asel", 1, true, false, false, false, false, false, null));

		assertThat(edited.verified()).isTrue();
		assertThat(edited.source()).isEqualTo(Aircraft.MYFLIGHTBOOK);
	}

}
