package aero.hobbs.calendar;

import aero.hobbs.organizations.MemberRemoved;
import aero.hobbs.organizations.OrganizationDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the organizations module: a member who leaves loses their feed token (a feed of
 * a non-member answers 404 anyway; rejoining gives a new URL), and a deleted organization
 * takes its calendar with it. Runs in the transaction that published the event.
 */
@Component
class CalendarCleanup {

	private final CalendarFeeds feeds;

	private final CalendarEvents events;

	private final Reservations reservations;

	CalendarCleanup(CalendarFeeds feeds, CalendarEvents events, Reservations reservations) {
		this.feeds = feeds;
		this.events = events;
		this.reservations = reservations;
	}

	@EventListener
	void on(MemberRemoved removed) {
		feeds.forget(removed.organizationId(), removed.userId());
	}

	@EventListener
	void on(OrganizationDeleted deleted) {
		events.forget(deleted.organizationId());
		reservations.forget(deleted.organizationId());
		feeds.forgetAll(deleted.organizationId());
	}

}
