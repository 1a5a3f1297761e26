package aero.hobbs.myflightbook.client;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ImportWarmUpTests {

	@Test
	void mapsEveryMadeUpEntry() {
		MyFlightbookClient client = new MyFlightbookClient(null, JsonMapper.shared(), null,
				MyFlightbookClientIntegrationTests.properties(java.net.URI.create("http://127.0.0.1:1")));

		assertThat(new ImportWarmUp(client, null).warmUp(3)).isEqualTo(150);
	}

	@Test
	void buildsPagesOfFiftyDistinctFlightsInMyFlightbooksShape() {
		JsonNode page = JsonMapper.shared().readTree(ImportWarmUp.page(1));

		assertThat(page.size()).isEqualTo(50);
		assertThat(page.get(0).get("FlightID").asInt()).isEqualTo(1_000_050);
		assertThat(page.get(49).get("FlightID").asInt()).isEqualTo(1_000_099);
		assertThat(page.get(0).get("CustomProperties").size()).isEqualTo(5);
	}

}
