package aero.hobbs.airports;

import org.jspecify.annotations.Nullable;

/**
 * An airport (or heliport, seaplane base...) of the OurAirports reference set.
 * {@code ident} is OurAirports' own id, which is the ICAO code where one exists;
 * coordinates are WGS84 degrees.
 */
public record Airport(String ident, String type, String name, double latitude, double longitude,
		@Nullable Integer elevationFt, String country, String region, String municipality, @Nullable String gpsCode,
		@Nullable String iataCode, @Nullable String localCode) {

	/**
	 * The code a pilot would write in a logbook: the ICAO/GPS code where there is one,
	 * else the ident.
	 */
	public String code() {
		return gpsCode != null ? gpsCode : ident;
	}
}
