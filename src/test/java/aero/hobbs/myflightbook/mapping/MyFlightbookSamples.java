package aero.hobbs.myflightbook.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import aero.hobbs.airports.AirportDirectory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample answers under {@code src/test/resources/myflightbook/} (built from the API
 * spec's examples) and small logbook entries for one behaviour each.
 */
final class MyFlightbookSamples {

	static final AirportDirectory AIRPORTS = new AirportDirectory();

	private MyFlightbookSamples() {
	}

	static JsonNode sample(String name) {
		try (InputStream in = MyFlightbookSamples.class.getResourceAsStream("/myflightbook/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No sample " + name);
			}
			return JsonMapper.shared().readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

	static Map<Integer, AircraftInfo> aircraftForUser() {
		return AircraftInfo.byId(sample("aircraft-for-user.json"));
	}

	/**
	 * An entry in the pilot's real C-172 dated 2026-05-03 with an empty route and
	 * comment, and nothing else but {@code members} (a JSON object's members, without
	 * braces).
	 */
	static JsonNode anEntryWith(String members) {
		return json("""
				{ "FlightID": 912345, "User": "pilot123", "AircraftID": 40211, "Date": "2026-05-03T00:00:00",
				  "Route": "", "Comment": "", "TailNumDisplay": "N12345", "ModelDisplay": "C-172 S, Cessna  Skyhawk SP",
				  "CustomProperties": [], "FlightImages": [], "Videos": []%s }
				""".formatted(members.isBlank() ? "" : ", " + members));
	}

}
