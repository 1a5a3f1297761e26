package aero.hobbs.aircraft;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import aero.hobbs.aircraft.FaaAircraft.EngineType;
import aero.hobbs.shared.InvalidInput;

import org.jspecify.annotations.Nullable;

/**
 * Reads the FAA releasable aircraft files: comma-separated, one header row, values padded
 * with blanks, often a trailing comma. Columns are found by header name (compared without
 * case, blanks or punctuation, so "N-NUMBER" and "N NUMBER" match), because the FAA has
 * added columns over the years; unknown columns are ignored.
 */
final class FaaRegistryFiles {

	/**
	 * N-numbers as the registry stores them: no N, 1 to 5 characters, not starting with
	 * 0.
	 */
	private static final Pattern N_NUMBER = Pattern.compile("[1-9][0-9A-Z]{0,4}");

	private FaaRegistryFiles() {
	}

	/** One ACFTREF.txt row: a make and model, by its code. */
	record Reference(String manufacturer, String model, String aircraftType, String engineType, String category,
			int engineCount) {
	}

	/** ACFTREF.txt by CODE; it is small (under 100,000 rows), so it is held in memory. */
	static Map<String, Reference> readReferences(Path acftref) throws IOException {
		Map<String, Reference> references = new HashMap<>();
		try (Table table = Table.open(acftref, "ACFTREF.txt", "CODE", "MFR", "MODEL")) {
			for (Row row = table.next(); row != null; row = table.next()) {
				String code = row.get("CODE");
				if (!code.isEmpty()) {
					references.put(code, new Reference(row.get("MFR"), row.get("MODEL"), row.get("TYPE-ACFT"),
							row.get("TYPE-ENG"), row.get("AC-CAT"), number(row.get("NO-ENG"), 0)));
				}
			}
		}
		return references;
	}

	/**
	 * Streams MASTER.txt, one aircraft at a time, joined with its make and model; answers
	 * how many rows were skipped (no valid N-number, or a make/model code ACFTREF does
	 * not know).
	 */
	static int readRegistrations(Path master, Map<String, Reference> references, Consumer<FaaAircraft> each)
			throws IOException {
		int skipped = 0;
		try (Table table = Table.open(master, "MASTER.txt", "N-NUMBER", "MFR MDL CODE")) {
			for (Row row = table.next(); row != null; row = table.next()) {
				String nNumber = nNumber(row.get("N-NUMBER"));
				Reference reference = references.get(row.get("MFR MDL CODE"));
				if (nNumber == null || reference == null) {
					skipped++;
					continue;
				}
				each.accept(aircraft(nNumber, row, reference));
			}
		}
		return skipped;
	}

	private static FaaAircraft aircraft(String nNumber, Row row, Reference reference) {
		String aircraftType = firstNonEmpty(row.get("TYPE AIRCRAFT"), reference.aircraftType());
		String engineType = firstNonEmpty(row.get("TYPE ENGINE"), reference.engineType());
		Integer year = number(row.get("YEAR MFR"), 0);
		return new FaaAircraft("N" + nNumber, reference.manufacturer(), reference.model(),
				categoryClass(aircraftType, reference.category()), reference.engineCount(),
				EngineType.fromFaaCode(engineType).orElse(null), year > 0 ? year : null);
	}

	/**
	 * The category and class for the registry's TYPE AIRCRAFT and AC-CAT (1 land, 2 sea,
	 * 3 amphibian). An amphibian counts as sea: that is the rating it needs beyond land.
	 */
	static @Nullable CategoryClass categoryClass(String aircraftType, String category) {
		boolean sea = category.equals("2") || category.equals("3");
		return switch (aircraftType.toUpperCase(Locale.ROOT)) {
			case "1" -> CategoryClass.GLIDER;
			case "2" -> CategoryClass.BALLOON;
			case "3" -> CategoryClass.AIRSHIP;
			case "4" -> sea ? CategoryClass.ASES : CategoryClass.ASEL;
			case "5" -> sea ? CategoryClass.AMES : CategoryClass.AMEL;
			case "6" -> CategoryClass.HELICOPTER;
			case "9" -> CategoryClass.GYROPLANE;
			case "H" -> CategoryClass.POWERED_LIFT;
			default -> null; // 7 weight-shift control, 8 powered parachute, O other
		};
	}

	/**
	 * The registry's form of a registration: upper case, without the N; null if invalid.
	 */
	static @Nullable String nNumber(String value) {
		String n = value.trim().toUpperCase(Locale.ROOT);
		if (n.startsWith("N")) {
			n = n.substring(1);
		}
		return N_NUMBER.matcher(n).matches() ? n : null;
	}

	private static String firstNonEmpty(String first, String second) {
		return first.isEmpty() ? second : first;
	}

	private static int number(String value, int otherwise) {
		try {
			return value.isEmpty() ? otherwise : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	/** Header names compared without case, blanks or punctuation. */
	static String key(String header) {
		return header.replace("\uFEFF", "").replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * Splits one line; the FAA does not quote, but a quoted field is read as RFC 4180 has
	 * it.
	 */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>(40);
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/** A row's values by header name, trimmed; "" for a column the file lacks. */
	record Row(Map<String, Integer> columns, List<String> values) {

		String get(String header) {
			Integer index = columns.get(key(header));
			return index == null || index >= values.size() ? "" : values.get(index).trim();
		}
	}

	private static final class Table implements Closeable {

		private final BufferedReader reader;

		private final Map<String, Integer> columns = new HashMap<>();

		private Table(BufferedReader reader) {
			this.reader = reader;
		}

		/**
		 * Opens a file and reads its header. Undecodable bytes become U+FFFD rather than
		 * failing a 300,000-row load.
		 */
		static Table open(Path file, String name, String... required) throws IOException {
			BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE)),
					1 << 16);
			Table table = new Table(reader);
			String header = reader.readLine();
			List<String> names = header == null ? List.of() : split(header);
			for (int i = 0; i < names.size(); i++) {
				table.columns.putIfAbsent(key(names.get(i)), i);
			}
			List<String> missing = Arrays.stream(required).filter(r -> !table.columns.containsKey(key(r))).toList();
			if (!missing.isEmpty()) {
				reader.close();
				throw new InvalidInput("directory",
						file.getFileName() + " is not the FAA's " + name + ": no column " + String.join(", ", missing));
			}
			return table;
		}

		@Nullable Row next() throws IOException {
			String line;
			do {
				line = reader.readLine();
			}
			while (line != null && line.isBlank());
			return line == null ? null : new Row(columns, split(line));
		}

		@Override
		public void close() throws IOException {
			reader.close();
		}

	}

}
