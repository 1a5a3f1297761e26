/**
 * A pilot's aircraft and simulators (FSTDs): registration, type, category and class,
 * engines and the characteristics that logbook columns and currency rules depend on. It
 * also holds the FAA aircraft registry ({@link aero.hobbs.aircraft.FaaRegistry}), which
 * imported US aircraft are adopted from
 * ({@link aero.hobbs.aircraft.AircraftRegistry#adoptImported}). It publishes no events.
 */
@ApplicationModule(displayName = "Aircraft",
		allowedDependencies = { "accounts", "organizations", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.aircraft;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
