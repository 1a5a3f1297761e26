package aero.hobbs.logbook.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.shared.web.ApiResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * A flight as the API shows it ({@code type: flight_log}): every column by wire name, null when empty, then the
 * aircraft link and provenance. Custom properties come back as the JSON object that was stored.
 */
final class FlightLogResource {

	private FlightLogResource() {
	}

	static ApiResource<Map<String, Object>> of(Flight flight, JsonMapper json) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		for (FlightColumn column : FlightColumn.values()) {
			Object value = flight.values().get(column);
			if (value instanceof LocalDate date) {
				value = date.toString();
			}
			else if (column.kind() == FlightColumn.Kind.JSON && value instanceof String text) {
				value = json.readValue(text, Object.class);
			}
			attributes.put(column.wireName(), value);
		}
		attributes.put("aircraft_id", flight.aircraftId() == null ? null : flight.aircraftId().toString());
		attributes.put("source", flight.provenance().source());
		attributes.put("source_id", flight.provenance().sourceId());
		attributes.put("imported_at", flight.provenance().importedAt());
		attributes.put("created_at", flight.createdAt());
		attributes.put("updated_at", flight.updatedAt());
		return new ApiResource<>(flight.id().toString(), "flight_log", attributes);
	}
}
