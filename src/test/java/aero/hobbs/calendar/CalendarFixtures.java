package aero.hobbs.calendar;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraftDetails;
import aero.hobbs.aircraft.fleet.FleetStatus;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Component;

/**
 * Aircraft and request bodies for calendar tests. Import it with
 * {@code @Import({OrganizationFixtures.class, CalendarFixtures.class})}.
 */
@Component
public class CalendarFixtures {

	private final Fleet fleet;

	CalendarFixtures(Fleet fleet) {
		this.fleet = fleet;
	}

	/** A new available aircraft in the school's fleet, with a fresh registration. */
	public UUID anAircraft(School school) {
		String registration = "D-E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return fleet
			.add(school.id(), UserId.of(school.owner().id()),
					new FleetAircraftDetails(registration, "C172", "Cessna 172S", "asel", false, null, "180.00"))
			.id();
	}

	public UUID anAircraftWithStatus(School school, FleetStatus status) {
		UUID id = anAircraft(school);
		fleet.changeStatus(school.id(), UserId.of(school.owner().id()), id, status, "test");
		return id;
	}

	public static Map<String, Object> aReservation(UUID aircraft, String startsAt, String endsAt) {
		Map<String, Object> body = new HashMap<>();
		body.put("aircraft_id", aircraft.toString());
		body.put("starts_at", startsAt);
		body.put("ends_at", endsAt);
		return body;
	}

	public static Map<String, Object> anEvent(String title, String kind, String startsAt, String endsAt) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("kind", kind);
		body.put("starts_at", startsAt);
		body.put("ends_at", endsAt);
		return body;
	}

	public static String path(School school, String rest) {
		return school.path() + "/calendar/" + rest;
	}

	public static ApiClient.Response book(ApiClient api, School school, Pilot pilot, Map<String, Object> body) {
		return api.send("POST", path(school, "reservations"), pilot.key(), body);
	}

}
