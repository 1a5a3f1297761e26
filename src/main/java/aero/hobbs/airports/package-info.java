/**
 * The bundled airport reference set (OurAirports): lookup by ICAO, IATA, FAA or local
 * ident, with name and coordinates, and the suggestions behind the airport
 * autocompletion. Each pilot may add custom airports and aliases for codes the reference
 * set does not know ({@link aero.hobbs.airports.PilotAirports}); the module owns the
 * {@code airports_*} tables and publishes no events.
 */
@ApplicationModule(displayName = "Airports", allowedDependencies = { "shared", "shared :: web" })
@NullMarked
package aero.hobbs.airports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
