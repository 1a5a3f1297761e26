package aero.hobbs.airports;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An airfield a pilot added because the reference set does not know it (a private strip,
 * a farm field). {@code code} is upper case; coordinates are WGS84 degrees.
 */
@Table("airports_custom")
public record CustomAirport(@Id UUID id, UUID ownerId, String code, String name, double latitude, double longitude,
		Instant createdAt) {

	/** The type an {@link Airport} made from a custom airport carries. */
	public static final String TYPE = "custom";

	public CustomAirportId customAirportId() {
		return new CustomAirportId(id);
	}

	/**
	 * As an airport, so that callers treat it like a reference airport: its code is the
	 * ident, and what the pilot did not enter (country, region, town) is empty.
	 */
	public Airport toAirport() {
		return new Airport(code, TYPE, name, latitude, longitude, null, "", "", "", null, null, null);
	}
}
