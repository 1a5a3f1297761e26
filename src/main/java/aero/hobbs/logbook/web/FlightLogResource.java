package aero.hobbs.logbook.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.shared.web.ApiResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * A flight as the API shows it ({@code type: flight_log}): its columns by wire name, then
 * the aircraft link, the organization it was recorded in (if any) and provenance. Columns
 * without a value are left out, which keeps a page of 50 flights small; custom properties
 * come back as the JSON object that was stored.
 */
final class FlightLogResource {

	private FlightLogResource() {
	}

	static ApiResource<Map<String, Object>> of(Flight flight, JsonMapper json) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		flight.values().asMap().forEach((column, value) -> attributes.put(column.wireName(), switch (value) {
			case LocalDate date -> date.toString();
			case String text when column.kind() == FlightColumn.Kind.JSON -> json.readValue(text, Object.class);
			default -> value;
		}));
		if (flight.aircraftId() != null) {
			attributes.put("aircraft_id", flight.aircraftId().toString());
		}
		if (flight.organization() != null) {
			attributes.put("organization_id", flight.organization().organizationId().toString());
		}
		attributes.put("source", flight.provenance().source());
		if (flight.provenance().sourceId() != null) {
			attributes.put("source_id", flight.provenance().sourceId());
			attributes.put("imported_at", flight.provenance().importedAt());
		}
		attributes.put("created_at", flight.createdAt());
		attributes.put("updated_at", flight.updatedAt());
		return new ApiResource<>(flight.id().toString(), "flight_log", attributes);
	}

}
