package aero.hobbs.aircraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import aero.hobbs.aircraft.FaaAircraft.EngineType;
import aero.hobbs.aircraft.FaaRegistryFiles.Reference;
import aero.hobbs.shared.InvalidInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading MASTER.txt and ACFTREF.txt as the FAA writes them: columns by header name,
 * padded values, trailing commas, a byte-order mark, and rows that cannot be used.
 */
class FaaRegistryFilesTests {

	@TempDir
	Path dir;

	@Test
	void findsColumnsByHeaderNameInAnyOrderIgnoringUnknownOnes() throws IOException {
		Path acftref = write("ACFTREF.txt", """
				NEW COLUMN,MODEL,NO-ENG,CODE,MFR,TYPE-ACFT,AC-CAT,TYPE-ENG,
				x,58                  , 2,1152012,BEECH                         ,5,1,1 ,
				""");

		assertThat(FaaRegistryFiles.readReferences(acftref))
			.containsExactly(Map.entry("1152012", new Reference("BEECH", "58", "5", "1", "1", 2)));
	}

	@Test
	void readsPaddedRowsWithAByteOrderMarkCrlfAndTrailingCommas() throws IOException {
		Map<String, Reference> references = Map.of("2072738", new Reference("CESSNA", "172S", "4", "1", "1", 1));
		Path master = write("MASTER.txt",
				"\uFEFFN-NUMBER,SERIAL NUMBER,MFR MDL CODE,YEAR MFR,TYPE AIRCRAFT,TYPE ENGINE," + "MODE S CODE HEX,\r\n"
						+ "172SP,172S10001    ,2072738,2005,4,1 ,A1B2C3    ,\r\n" + "\r\n");

		List<FaaAircraft> read = new ArrayList<>();
		int skipped = FaaRegistryFiles.readRegistrations(master, references, read::add);

		assertThat(skipped).isZero();
		assertThat(read).containsExactly(
				new FaaAircraft("N172SP", "CESSNA", "172S", CategoryClass.ASEL, 1, EngineType.RECIPROCATING, 2005));
	}

	@Test
	void readsQuotedFieldsAsRfc4180() {
		assertThat(FaaRegistryFiles.split("1,\"SMITH, JOHN \"\"JR\"\"\",x,")).containsExactly("1", "SMITH, JOHN \"JR\"",
				"x", "");
	}

	@Test
	void takesTheAircraftAndEngineTypeFromAcftrefWhenMasterLacksThem() throws IOException {
		Map<String, Reference> references = Map.of("2074808", new Reference("CESSNA", "525", "5", "5", "1", 2));
		Path master = write("MASTER.txt", "N-NUMBER,MFR MDL CODE\n525CJ,2074808\n");

		List<FaaAircraft> read = new ArrayList<>();
		FaaRegistryFiles.readRegistrations(master, references, read::add);

		assertThat(read).singleElement().satisfies(a -> {
			assertThat(a.categoryClass()).isEqualTo(CategoryClass.AMEL);
			assertThat(a.engineType()).isEqualTo(EngineType.TURBOFAN);
			assertThat(a.engineType().turbine()).isTrue();
			assertThat(a.yearManufactured()).isNull();
		});
	}

	@Test
	void skipsRowsWithoutAValidNNumberOrAKnownMakeAndModel() throws IOException {
		Map<String, Reference> references = Map.of("1", new Reference("PIPER", "PA-28-181", "4", "1", "1", 1));
		Path master = write("MASTER.txt", "N-NUMBER,MFR MDL CODE\n     ,1\n0123,1\n8231J,2\n8231J,1\n");

		List<FaaAircraft> read = new ArrayList<>();
		assertThat(FaaRegistryFiles.readRegistrations(master, references, read::add)).isEqualTo(3);
		assertThat(read).extracting(FaaAircraft::registration).containsExactly("N8231J");
	}

	@Test
	void refusesAFileWithoutTheRequiredColumns() throws IOException {
		Path notMaster = write("MASTER.txt", "ident,type,name\nEGLL,large_airport,Heathrow\n");

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> FaaRegistryFiles.readRegistrations(notMaster, Map.of(), a -> {
			}))
			.satisfies(e -> assertThat(e.issues().getFirst().issue()).contains("N-NUMBER", "MFR MDL CODE"));
	}

	@Test
	void mapsTheRegistryTypesToCategoryAndClass() {
		assertThat(FaaRegistryFiles.categoryClass("4", "1")).isEqualTo(CategoryClass.ASEL);
		assertThat(FaaRegistryFiles.categoryClass("4", "2")).isEqualTo(CategoryClass.ASES);
		assertThat(FaaRegistryFiles.categoryClass("4", "3")).isEqualTo(CategoryClass.ASES);
		assertThat(FaaRegistryFiles.categoryClass("5", "1")).isEqualTo(CategoryClass.AMEL);
		assertThat(FaaRegistryFiles.categoryClass("5", "2")).isEqualTo(CategoryClass.AMES);
		assertThat(FaaRegistryFiles.categoryClass("1", "1")).isEqualTo(CategoryClass.GLIDER);
		assertThat(FaaRegistryFiles.categoryClass("2", "1")).isEqualTo(CategoryClass.BALLOON);
		assertThat(FaaRegistryFiles.categoryClass("3", "1")).isEqualTo(CategoryClass.AIRSHIP);
		assertThat(FaaRegistryFiles.categoryClass("6", "1")).isEqualTo(CategoryClass.HELICOPTER);
		assertThat(FaaRegistryFiles.categoryClass("9", "1")).isEqualTo(CategoryClass.GYROPLANE);
		assertThat(FaaRegistryFiles.categoryClass("h", "1")).isEqualTo(CategoryClass.POWERED_LIFT);
		assertThat(FaaRegistryFiles.categoryClass("7", "1")).isNull();
		assertThat(FaaRegistryFiles.categoryClass("8", "1")).isNull();
		assertThat(FaaRegistryFiles.categoryClass("O", "1")).isNull();
	}

	@Test
	void keepsNNumbersWithoutTheirN() {
		assertThat(FaaRegistryFiles.nNumber(" 172sp ")).isEqualTo("172SP");
		assertThat(FaaRegistryFiles.nNumber("N172SP")).isEqualTo("172SP");
		assertThat(FaaRegistryFiles.nNumber("172SPX")).isNull();
		assertThat(FaaRegistryFiles.nNumber("")).isNull();
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

}
