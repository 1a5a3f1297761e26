package aero.hobbs.aircraft.web;

import java.time.Instant;
import java.util.Map;

import aero.hobbs.accounts.Account;
import aero.hobbs.aircraft.fleet.FleetStatusChange;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * One status change of a fleet aircraft: {@code from} is null for the entry made when the
 * aircraft was added; {@code changed_by_name} is null when the account no longer exists.
 */
record FleetStatusChangeResource(String aircraftId, @Nullable String from, String to, @Nullable String note,
		String changedBy, @Nullable String changedByName, Instant changedAt) {

	static final String TYPE = "aircraft_status_change";

	static ApiResource<FleetStatusChangeResource> of(FleetStatusChange change, Map<UserId, Account> people) {
		Account who = people.get(new UserId(change.changedBy()));
		return new ApiResource<>(change.id().toString(), TYPE,
				new FleetStatusChangeResource(change.aircraftId().toString(),
						change.fromStatus() == null ? null : change.fromStatus().wireName(),
						change.toStatus().wireName(), change.note(), change.changedBy().toString(),
						who == null ? null : who.name(), change.changedAt()));
	}

}
