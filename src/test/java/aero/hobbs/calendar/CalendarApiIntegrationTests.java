package aero.hobbs.calendar;

import static aero.hobbs.calendar.CalendarFixtures.aReservation;
import static aero.hobbs.calendar.CalendarFixtures.anEvent;
import static aero.hobbs.calendar.CalendarFixtures.book;
import static aero.hobbs.calendar.CalendarFixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.aircraft.fleet.FleetStatus;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * `/v1/organizations/{id}/calendar/events` and `/reservations` over real HTTP: the
 * permissions of each role, the booking rules and every bad input naming its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganizationFixtures.class, CalendarFixtures.class })
class CalendarApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	CalendarFixtures calendar;

	ApiClient api;

	School school;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
	}

	private static JsonNode attributes(Response response) {
		return response.body().get("data").get("attributes");
	}

	private static String field(Response response) {
		return response.body().get("error").get("details").get("field").asString();
	}

	private static String issue(Response response) {
		return response.body().get("error").get("details").get("issue").asString();
	}

	@Test
	void schedulesChangesListsAndDeletesEvents() {
		UUID aircraft = calendar.anAircraft(school);
		Map<String, Object> body = anEvent("Meteorology", "ground_school", "2027-03-10T08:00:00Z",
				"2027-03-10T10:00:00+00:00");
		body.put("instructor_id", school.instructor().id());
		body.put("aircraft_id", aircraft.toString());
		Response created = api.send("POST", path(school, "events"), school.instructor().key(), body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("data").get("type").asString()).isEqualTo("calendar_event");
		assertThat(attributes(created).get("starts_at").asString()).isEqualTo("2027-03-10T08:00:00Z");
		assertThat(attributes(created).get("kind").asString()).isEqualTo("ground_school");
		String id = created.body().get("data").get("id").asString();

		Response changed = api.send("PATCH", path(school, "events/" + id), school.admin().key(),
				new HashMap<>(Map.of("title", "Meteorology II", "kind", "exam")) {
					{
						put("instructor_id", null);
					}
				});
		assertThat(changed.status()).isEqualTo(200);
		assertThat(attributes(changed).get("title").asString()).isEqualTo("Meteorology II");
		assertThat(attributes(changed).get("instructor_id").isNull()).isTrue();
		assertThat(attributes(changed).get("aircraft_id").asString()).isEqualTo(aircraft.toString());

		Response listed = api.get(path(school, "events"), school.student().key());
		assertThat(listed.body().get("data").findValuesAsString("title")).containsExactly("Meteorology II");
		assertThat(api.get(path(school, "events/" + id), school.member().key()).status()).isEqualTo(200);

		assertThat(api.send("DELETE", path(school, "events/" + id), school.owner().key(), null).status())
			.isEqualTo(204);
		assertThat(api.get(path(school, "events/" + id), school.owner().key()).status()).isEqualTo(404);
	}

	@Test
	void refusesEventChangesToRolesWithoutCalendarManageEvenWithAnEmptyBody() {
		Response refused = api.send("POST", path(school, "events"), school.student().key(), null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("error").get("message").asString()).contains("owner or admin or instructor");
		assertThat(api.send("POST", path(school, "events"), school.member().key(), Map.of()).status()).isEqualTo(403);
	}

	@Test
	void answersNotFoundToNonMembers() {
		ApiClient.Pilot outsider = api.newPilot();
		assertThat(api.get(path(school, "events"), outsider.key()).status()).isEqualTo(404);
		assertThat(api.get(path(school, "reservations"), outsider.key()).status()).isEqualTo(404);
		assertThat(api.send("POST", path(school, "reservations"), outsider.key(), Map.of()).status()).isEqualTo(404);
		assertThat(api.get(path(school, "feed"), outsider.key()).status()).isEqualTo(404);
	}

	@Test
	void filtersEventsByStartDateInTheOrganizationsZoneAndByKind() {
		// 23:30 UTC on the 9th is 00:30 on the 10th in Berlin
		api.send("POST", path(school, "events"), school.admin().key(),
				anEvent("Late briefing", "meeting", "2027-03-09T23:30:00Z", "2027-03-10T00:30:00Z"));
		api.send("POST", path(school, "events"), school.admin().key(),
				anEvent("Exam", "exam", "2027-03-11T09:00:00Z", "2027-03-11T10:00:00Z"));
		assertThat(api.get(path(school, "events?from=2027-03-10&to=2027-03-10"), school.student().key())
			.body()
			.get("data")
			.findValuesAsString("title")).containsExactly("Late briefing");
		assertThat(api.get(path(school, "events?kind=exam"), school.student().key())
			.body()
			.get("data")
			.findValuesAsString("title")).containsExactly("Exam");
		Response paged = api.get(path(school, "events?per_page=1&page=2"), school.student().key());
		assertThat(paged.body().get("data").findValuesAsString("title")).containsExactly("Exam");
		assertThat(paged.body().get("meta").get("total").asInt()).isEqualTo(2);
	}

	@Test
	void namesTheBadFilter() {
		Response badFrom = api.get(path(school, "events?from=10.03.2027"), school.student().key());
		assertThat(badFrom.status()).isEqualTo(400);
		assertThat(field(badFrom)).isEqualTo("from");
		assertThat(field(api.get(path(school, "events?from=2027-03-10&to=2027-03-01"), school.student().key())))
			.isEqualTo("to");
		assertThat(field(api.get(path(school, "events?kind=party"), school.student().key()))).isEqualTo("kind");
		assertThat(field(api.get(path(school, "reservations?to=tomorrow"), school.student().key()))).isEqualTo("to");
		assertThat(field(api.get(path(school, "reservations?aircraft_id=abc"), school.student().key())))
			.isEqualTo("aircraft_id");
		assertThat(field(api.get(path(school, "reservations?member_id=abc"), school.student().key())))
			.isEqualTo("member_id");
	}

	@Test
	void namesEveryBadFieldOfAnEvent() {
		Response refused = api.send("POST", path(school, "events"), school.admin().key(),
				Map.of("title", "", "kind", "party", "starts_at", "2027-03-10 08:00", "ends_at", "later", "aircraft_id",
						"nope", "instructor_id", school.student().id()));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("title", "kind", "starts_at", "ends_at", "aircraft_id", "instructor_id");
		assertThat(api.get(path(school, "events"), school.admin().key()).body().get("data").size()).isZero();
	}

	@Test
	void booksAnAircraftForOneselfAndFindsItByAircraftAndMember() {
		UUID aircraft = calendar.anAircraft(school);
		Map<String, Object> body = aReservation(aircraft, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z");
		body.put("instructor_id", school.instructor().id());
		body.put("note", "Circuits");
		Response booked = book(api, school, school.student(), body);
		assertThat(booked.status()).isEqualTo(201);
		assertThat(booked.body().get("data").get("type").asString()).isEqualTo("reservation");
		assertThat(attributes(booked).get("member_id").asString()).isEqualTo(school.student().id());
		assertThat(attributes(booked).get("status").asString()).isEqualTo("confirmed");
		assertThat(attributes(booked).get("aircraft_registration").asString()).startsWith("D-E");
		String id = booked.body().get("data").get("id").asString();

		assertThat(api.get(path(school, "reservations?aircraft_id=" + aircraft), school.member().key())
			.body()
			.get("data")
			.findValuesAsString("note")).containsExactly("Circuits");
		assertThat(api.get(path(school, "reservations?member_id=" + school.member().id()), school.member().key())
			.body()
			.get("data")
			.size()).isZero();
		assertThat(api.get(path(school, "reservations?from=2027-03-10&to=2027-03-10"), school.member().key())
			.body()
			.get("data")
			.findValuesAsString("id")).containsExactly(id);
		assertThat(api.get(path(school, "reservations/" + id), school.member().key()).status()).isEqualTo(200);
	}

	@Test
	void refusesAReservationEndingBeforeItStarts() {
		UUID aircraft = calendar.anAircraft(school);
		Response refused = book(api, school, school.student(),
				aReservation(aircraft, "2027-03-10T10:00:00Z", "2027-03-10T08:00:00Z"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("ends_at");
		assertThat(issue(refused)).isEqualTo("The reservation must end after it starts");
		assertThat(book(api, school, school.student(),
				aReservation(aircraft, "2027-03-10T10:00:00Z", "2027-03-10T10:00:00Z"))
			.status()).isEqualTo(400);
		assertThat(api.get(path(school, "reservations"), school.student().key()).body().get("data").size()).isZero();
	}

	@Test
	void refusesAnOverlappingReservationNamingTheClashAndAllowsBackToBack() {
		UUID aircraft = calendar.anAircraft(school);
		assertThat(book(api, school, school.student(),
				aReservation(aircraft, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"))
			.status()).isEqualTo(201);
		Response refused = book(api, school, school.member(),
				aReservation(aircraft, "2027-03-10T09:30:00Z", "2027-03-10T11:00:00Z"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("conflict");
		assertThat(field(refused)).isEqualTo("starts_at");
		assertThat(issue(refused)).contains("is already reserved 2027-03-10 09:00–11:00 (Europe/Berlin)");

		assertThat(book(api, school, school.member(),
				aReservation(aircraft, "2027-03-10T10:00:00Z", "2027-03-10T11:00:00Z"))
			.status()).isEqualTo(201);
		assertThat(book(api, school, school.member(),
				aReservation(aircraft, "2027-03-10T07:00:00Z", "2027-03-10T08:00:00Z"))
			.status()).isEqualTo(201);
		assertThat(book(api, school, school.member(),
				aReservation(calendar.anAircraft(school), "2027-03-10T09:00:00Z", "2027-03-10T10:00:00Z"))
			.status()).isEqualTo(201);
	}

	@Test
	void refusesAGroundedAircraftAndWarnsAboutOneInMaintenance() {
		UUID grounded = calendar.anAircraftWithStatus(school, FleetStatus.GROUNDED);
		Response refused = book(api, school, school.student(),
				aReservation(grounded, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("aircraft_id");
		assertThat(issue(refused)).contains("grounded");

		UUID inMaintenance = calendar.anAircraftWithStatus(school, FleetStatus.MAINTENANCE);
		Response booked = book(api, school, school.student(),
				aReservation(inMaintenance, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"));
		assertThat(booked.status()).isEqualTo(201);
		assertThat(attributes(booked).get("warnings").get(0).asString()).contains("in maintenance");
	}

	@Test
	void refusesAnotherOrganizationsAircraftAsAnInvalidField() {
		School other = organizations.aSchool(api, "Other Club", "EUR");
		UUID theirs = calendar.anAircraft(other);
		Response refused = book(api, school, school.student(),
				aReservation(theirs, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("aircraft_id");
		assertThat(issue(refused)).isEqualTo("The organization's fleet has no aircraft with this id");
		Response unknown = book(api, school, school.student(),
				aReservation(UUID.randomUUID(), "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"));
		assertThat(issue(unknown)).isEqualTo(issue(refused));
	}

	@Test
	void refusesAnInstructorWhoIsNotOne() {
		Map<String, Object> body = aReservation(calendar.anAircraft(school), "2027-03-10T08:00:00Z",
				"2027-03-10T10:00:00Z");
		body.put("instructor_id", school.member().id());
		Response refused = book(api, school, school.student(), body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("instructor_id");
		assertThat(issue(refused)).contains("is a member, not an instructor");
		body.put("instructor_id", api.newPilot().id());
		assertThat(issue(book(api, school, school.student(), body)))
			.isEqualTo("The organization has no member with this id");
	}

	@Test
	void refusesAnInstructorBookedTwiceAtOnce() {
		Map<String, Object> first = aReservation(calendar.anAircraft(school), "2027-03-10T08:00:00Z",
				"2027-03-10T10:00:00Z");
		first.put("instructor_id", school.instructor().id());
		assertThat(book(api, school, school.student(), first).status()).isEqualTo(201);
		Map<String, Object> second = aReservation(calendar.anAircraft(school), "2027-03-10T09:00:00Z",
				"2027-03-10T11:00:00Z");
		second.put("instructor_id", school.instructor().id());
		Response refused = book(api, school, school.member(), second);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(field(refused)).isEqualTo("instructor_id");
		assertThat(issue(refused)).contains("already instructs 2027-03-10 09:00–11:00");
	}

	@Test
	void booksForAnotherMemberOnlyWithCalendarManage() {
		Map<String, Object> body = aReservation(calendar.anAircraft(school), "2027-03-10T08:00:00Z",
				"2027-03-10T10:00:00Z");
		body.put("member_id", school.member().id());
		Response refused = book(api, school, school.student(), body);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("error").get("message").asString()).contains("only your own reservations");
		Response booked = book(api, school, school.instructor(), body);
		assertThat(booked.status()).isEqualTo(201);
		assertThat(attributes(booked).get("member_id").asString()).isEqualTo(school.member().id());
		assertThat(attributes(booked).get("created_by").asString()).isEqualTo(school.instructor().id());
	}

	@Test
	void cancelsOwnReservationsAndOnlySchedulersCancelOthers() {
		UUID aircraft = calendar.anAircraft(school);
		String id = book(api, school, school.student(),
				aReservation(aircraft, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"))
			.body()
			.get("data")
			.get("id")
			.asString();
		assertThat(api.send("DELETE", path(school, "reservations/" + id), school.member().key(), null).status())
			.isEqualTo(403);
		assertThat(api.send("PATCH", path(school, "reservations/" + id), school.member().key(), Map.of("note", "x"))
			.status()).isEqualTo(403);
		assertThat(api.send("DELETE", path(school, "reservations/" + id), school.student().key(), null).status())
			.isEqualTo(204);
		Response cancelled = api.get(path(school, "reservations/" + id), school.student().key());
		assertThat(attributes(cancelled).get("status").asString()).isEqualTo("cancelled");
		assertThat(attributes(cancelled).get("cancelled_by").asString()).isEqualTo(school.student().id());
		assertThat(api.get(path(school, "reservations"), school.student().key()).body().get("data").size()).isZero();

		String other = book(api, school, school.member(),
				aReservation(aircraft, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"))
			.body()
			.get("data")
			.get("id")
			.asString();
		assertThat(api.send("DELETE", path(school, "reservations/" + other), school.admin().key(), null).status())
			.isEqualTo(204);
		assertThat(api.send("PATCH", path(school, "reservations/" + other), school.admin().key(), Map.of("note", "x"))
			.status()).isEqualTo(409);
	}

	@Test
	void movesAReservationUnlessTheNewTimeClashes() {
		UUID aircraft = calendar.anAircraft(school);
		book(api, school, school.member(), aReservation(aircraft, "2027-03-10T12:00:00Z", "2027-03-10T13:00:00Z"));
		String id = book(api, school, school.student(),
				aReservation(aircraft, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"))
			.body()
			.get("data")
			.get("id")
			.asString();
		Response moved = api.send("PATCH", path(school, "reservations/" + id), school.student().key(),
				Map.of("starts_at", "2027-03-10T09:00:00Z", "ends_at", "2027-03-10T11:00:00Z", "note", "Later"));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(attributes(moved).get("starts_at").asString()).isEqualTo("2027-03-10T09:00:00Z");
		assertThat(attributes(moved).get("note").asString()).isEqualTo("Later");

		Response clash = api.send("PATCH", path(school, "reservations/" + id), school.student().key(),
				Map.of("ends_at", "2027-03-10T12:30:00Z"));
		assertThat(clash.status()).isEqualTo(409);
		assertThat(issue(clash)).contains("13:00–14:00");
		Response backwards = api.send("PATCH", path(school, "reservations/" + id), school.student().key(),
				Map.of("ends_at", "2027-03-10T08:00:00Z"));
		assertThat(field(backwards)).isEqualTo("ends_at");
		assertThat(attributes(api.get(path(school, "reservations/" + id), school.student().key())).get("ends_at")
			.asString()).isEqualTo("2027-03-10T11:00:00Z");
		assertThat(api
			.send("PATCH", path(school, "reservations/" + id), school.student().key(),
					Map.of("member_id", school.member().id()))
			.status()).isEqualTo(403);
	}

	@Test
	void namesBadInstantsAndIdsInAReservation() {
		Response refused = api.send("POST", path(school, "reservations"), school.student().key(),
				Map.of("aircraft_id", "N123", "starts_at", "2027-03-10", "ends_at", "", "note", "x".repeat(501)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("aircraft_id", "starts_at", "ends_at", "note");
		Response empty = api.send("POST", path(school, "reservations"), school.student().key(), null);
		assertThat(empty.body().get("error").get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("aircraft_id", "starts_at", "ends_at");
	}

	@Test
	void servesTheFeedURLAndResetsIt() {
		UUID aircraft = calendar.anAircraft(school);
		book(api, school, school.student(), aReservation(aircraft, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z"));
		Response feed = api.get(path(school, "feed"), school.student().key());
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body().get("data").get("type").asString()).isEqualTo("calendar_feed");
		String url = attributes(feed).get("url").asString();
		assertThat(url).matches("http://localhost:\\d+/calendar/feeds/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(attributes(feed).get("webcal_url").asString()).startsWith("webcal://localhost:");
		assertThat(attributes(api.get(path(school, "feed"), school.student().key())).get("url").asString())
			.isEqualTo(url);

		Response reset = api.send("POST", path(school, "feed/reset"), school.student().key(), null);
		assertThat(attributes(reset).get("url").asString()).isNotEqualTo(url);
		assertThat(api.getText(url.substring(url.indexOf("/calendar/"))).statusCode()).isEqualTo(404);
	}

}
