/**
 * The bundled airport reference set (OurAirports): lookup by ICAO, IATA, FAA or local
 * ident, with name and coordinates, and the suggestions behind the airport
 * autocompletion.
 */
@ApplicationModule(displayName = "Airports", allowedDependencies = { "shared", "shared :: web" })
@NullMarked
package aero.hobbs.airports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
