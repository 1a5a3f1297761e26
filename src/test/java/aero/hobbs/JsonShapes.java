package aero.hobbs;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Compares a JSON answer with a documented sample by shape, not by value: the same keys
 * in the same order at every level, and the same JSON type (object, array, string,
 * number, boolean, null) for each. Each element of an array must have the shape of the
 * sample array's first element; an empty sample array says nothing about its elements.
 */
public final class JsonShapes {

	private JsonShapes() {
	}

	/**
	 * Where {@code actual} differs in shape from {@code sample}; empty when they match.
	 */
	public static List<String> differences(JsonNode sample, JsonNode actual) {
		List<String> differences = new ArrayList<>();
		compare("$", sample, actual, differences);
		return differences;
	}

	private static void compare(String path, JsonNode sample, JsonNode actual, List<String> differences) {
		if (sample.getNodeType() != actual.getNodeType()) {
			differences.add(path + ": the sample has " + sample.getNodeType() + ", the answer " + actual.getNodeType());
			return;
		}
		if (sample.isObject()) {
			List<String> sampleKeys = List.copyOf(sample.propertyNames());
			List<String> actualKeys = List.copyOf(actual.propertyNames());
			if (!sampleKeys.equals(actualKeys)) {
				differences.add(path + ": the sample has keys " + sampleKeys + ", the answer " + actualKeys);
			}
			for (String key : sampleKeys) {
				if (actual.has(key)) {
					compare(path + "." + key, sample.get(key), actual.get(key), differences);
				}
			}
		}
		else if (sample.isArray() && !sample.isEmpty()) {
			for (int i = 0; i < actual.size(); i++) {
				compare(path + "[" + i + "]", sample.get(0), actual.get(i), differences);
			}
		}
	}

}
