/**
 * An organization's calendar: events (ground school, meetings, exams, maintenance) and
 * aircraft reservations of its fleet, and a per-member iCalendar feed. Reservations of
 * one aircraft never overlap: the service locks the aircraft's row before it checks, and
 * on PostgreSQL an exclusion constraint refuses what slips past. Publishes
 * {@link aero.hobbs.calendar.ReservationMade},
 * {@link aero.hobbs.calendar.ReservationCancelled} and
 * {@link aero.hobbs.calendar.CalendarEventScheduled}.
 */
@ApplicationModule(displayName = "Calendar",
		allowedDependencies = { "organizations", "aircraft :: fleet", "shared", "shared :: web" })
@NullMarked
package aero.hobbs.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
