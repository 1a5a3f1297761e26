/**
 * A pilot's aircraft and simulators (FSTDs): registration, type, category and class,
 * engines and the characteristics that logbook columns and currency rules depend on.
 */
@ApplicationModule(displayName = "Aircraft", allowedDependencies = { "accounts", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.aircraft;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
