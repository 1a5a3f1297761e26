package aero.hobbs.calendar;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;

/** An event was added to the organization's calendar. */
public record CalendarEventScheduled(OrganizationId organizationId, UUID eventId) {
}
