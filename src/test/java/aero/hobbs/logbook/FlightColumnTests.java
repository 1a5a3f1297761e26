package aero.hobbs.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class FlightColumnTests {

	/**
	 * seed 000's syncable_flight_columns, copied verbatim from the partner documentation.
	 */
	private static List<String> seedColumns() throws IOException {
		try (InputStream in = FlightColumnTests.class.getResourceAsStream("/logbook/syncable-flight-columns.json")) {
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<String>>() {
			});
		}
	}

	@Test
	void syncableColumnsAreTheSeedsSixtyFourInItsOrder() throws IOException {
		assertThat(FlightColumn.SYNCABLE).extracting(FlightColumn::wireName).containsExactlyElementsOf(seedColumns());
		assertThat(FlightColumn.SYNCABLE).hasSize(64);
	}

	@Test
	void carriesMyFlightbookFieldsBeyondTheSeed() {
		assertThat(FlightColumn.byWireName("full_stop_landings_night")).isPresent();
		assertThat(FlightColumn.byWireName("holding_procedures")).isPresent();
		assertThat(FlightColumn.byWireName("custom_properties"))
			.hasValueSatisfying(c -> assertThat(c.syncable()).isFalse());
	}

}
