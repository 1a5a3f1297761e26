package aero.hobbs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonShapesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonNode sample = json
		.readTree("{\"message\": \"a\", \"summary\": {\"n\": 1}, \"items\": [{\"id\": \"x\"}], \"none\": []}");

	@Test
	void acceptsOtherValuesOfTheSameTypes() {
		assertThat(JsonShapes.differences(sample, json.readTree(
				"{\"message\": \"b\", \"summary\": {\"n\": 2.5}, \"items\": [{\"id\": \"y\"}, {\"id\": \"z\"}], \"none\": [1]}")))
			.isEmpty();
	}

	@Test
	void reportsMissingExtraAndReorderedKeys() {
		assertThat(JsonShapes.differences(sample,
				json.readTree("{\"summary\": {\"n\": 1}, \"message\": \"a\", \"items\": [], \"none\": [], \"x\": 1}")))
			.containsExactly(
					"$: the sample has keys [message, summary, items, none], the answer [summary, message, items, none, x]");
		assertThat(JsonShapes.differences(sample,
				json.readTree("{\"message\": \"a\", \"summary\": {}, \"items\": [], \"none\": []}")))
			.containsExactly("$.summary: the sample has keys [n], the answer []");
	}

	@Test
	void reportsADifferentTypeAtAnyDepth() {
		assertThat(JsonShapes.differences(sample, json.readTree(
				"{\"message\": \"a\", \"summary\": {\"n\": \"1\"}, \"items\": [{\"id\": \"x\"}, {\"id\": 2}], \"none\": {}}")))
			.containsExactly("$.summary.n: the sample has NUMBER, the answer STRING",
					"$.items[1].id: the sample has STRING, the answer NUMBER",
					"$.none: the sample has ARRAY, the answer OBJECT");
	}

}
