package aero.hobbs.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import aero.hobbs.shared.OutboundResponse;
import aero.hobbs.shared.UpstreamFailure;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a partner may answer, and the message a pilot gets for each way it can go wrong.
 */
class PartnerAnswersTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsAnObjectOrATopLevelArrayWithAByteOrderMarkAndWhitespace() {
		assertThat(read(200, "\uFEFF  {\"items\": []}\n").get("items").isArray()).isTrue();
		assertThat(read(200, "[{\"unique_id\": 1}]").isArray()).isTrue();
	}

	@Test
	void anErrorObjectFailsWithThePartnersWordsWhateverTheStatus() {
		assertThatThrownBy(() -> read(200, "{\"error\": \"User not found in connector.\"}"))
			.isInstanceOf(UpstreamFailure.class)
			.hasMessage("The partner Roster answered: User not found in connector.");
		assertThatThrownBy(() -> read(403, "{\"error\": \"Token revoked\"}")).hasMessageContaining("Token revoked");
	}

	@Test
	void namesEachWayTheAnswerIsNotJson() {
		assertThatThrownBy(() -> read(200, "   ")).hasMessageContaining("blank body");
		assertThatThrownBy(() -> read(200, "<!DOCTYPE html><html></html>"))
			.hasMessageContaining("HTML instead of JSON");
		assertThatThrownBy(() -> read(200, "<br />\n<b>Warning</b>:  Division by zero in x.php on line 3<br />\n[]"))
			.hasMessageContaining("PHP notice or warning")
			.hasMessageContaining("Warning:  Division by zero");
		assertThatThrownBy(() -> read(200, "Deprecated: foo() is deprecated\n{\"items\": []}"))
			.hasMessageContaining("PHP notice or warning");
		assertThatThrownBy(() -> read(200, "OK {\"items\": []}")).hasMessageContaining("text before the JSON (\"OK\")");
		assertThatThrownBy(() -> read(200, "{\"items\": [1,]}")).hasMessageContaining("malformed JSON (line 1");
		assertThatThrownBy(() -> read(502, "{\"items\": []}")).hasMessageContaining("HTTP 502");
	}

	@Test
	void namesThePartnerAndTheEndpoint() {
		assertThatThrownBy(() -> read(500, "oops"))
			.hasMessageStartingWith("The partner Roster's getnewids endpoint answered HTTP 500");
	}

	private tools.jackson.databind.JsonNode read(int status, String body) {
		return PartnerAnswers.read("Roster", "getnewids",
				new OutboundResponse(status, "application/json", body.getBytes(StandardCharsets.UTF_8), Duration.ZERO),
				json);
	}

}
