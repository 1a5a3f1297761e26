/**
 * An organization's fleet: aircraft and simulators with a status (available, maintenance,
 * grounded) and an hourly rate. Other modules reach it through
 * {@link aero.hobbs.aircraft.fleet.Fleet}; status changes are published as
 * {@link aero.hobbs.aircraft.fleet.AircraftStatusChanged}.
 */
@NamedInterface("fleet")
@NullMarked
package aero.hobbs.aircraft.fleet;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
