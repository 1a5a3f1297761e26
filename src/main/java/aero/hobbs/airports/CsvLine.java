package aero.hobbs.airports;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one RFC 4180 line (the bundled set has no line breaks inside fields;
 * refresh-airports.sh ensures it).
 */
final class CsvLine {

	private CsvLine() {
	}

	static List<String> parse(String line) {
		List<String> fields = new ArrayList<>(16);
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
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

}
