package aero.hobbs.logbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.logbook.FlightId;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.logbook.OrganizationFlight;
import aero.hobbs.logbook.OrganizationFlightAmended;
import aero.hobbs.logbook.OrganizationFlightLogged;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import tools.jackson.databind.JsonNode;

/**
 * `/v1/organizations/{id}/flight-logs`: members log flights in the fleet's aircraft; each
 * is a flight of the pilot's logbook that the organization's instructors and admins see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganizationFixtures.class, OrganizationFlightLogApiIntegrationTests.Events.class })
class OrganizationFlightLogApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	Logbook logbook;

	@Autowired
	Events events;

	/** Keeps the organization flight events as they are published. */
	static class Events {

		final List<Object> published = new CopyOnWriteArrayList<>();

		@EventListener
		void logged(OrganizationFlightLogged event) {
			published.add(event);
		}

		@EventListener
		void amended(OrganizationFlightAmended event) {
			published.add(event);
		}

	}

	ApiClient api;

	School school;

	String aircraft;

	@BeforeEach
	void aSchoolWithAnAircraft() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
		aircraft = addAircraft(school, "D-EABC");
	}

	String addAircraft(School in, String registration) {
		Response added = api.send("POST", in.path() + "/aircraft", in.admin().key(),
				Map.of("registration", registration, "type_code", "C172", "hourly_rate", "180.00"));
		assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
		return added.body().get("data").get("id").asString();
	}

	Map<String, Object> aLesson() {
		Map<String, Object> flight = new HashMap<>();
		flight.put("aircraft_id", aircraft);
		flight.put("instructor_id", school.instructor().id());
		flight.put("flight_date", "2026-11-20");
		flight.put("departure_airport", "CYTZ");
		flight.put("arrival_airport", "CYOO");
		flight.put("departure_time", "09:00");
		flight.put("arrival_time", "10:30");
		flight.put("dual_received_minutes", 90);
		flight.put("landings_day", 3);
		return flight;
	}

	String log(Pilot pilot, Map<String, Object> flight) {
		Response logged = api.send("POST", school.path() + "/flight-logs", pilot.key(), flight);
		assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
		return logged.body().get("data").get("id").asString();
	}

	static String field(Response response) {
		return response.body().get("error").get("details").get("field").asString();
	}

	@Test
	void logsAFlightInTheFleetAircraftIntoThePilotsLogbook() {
		Response logged = api.send("POST", school.path() + "/flight-logs", school.student().key(), aLesson());
		assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
		JsonNode data = logged.body().get("data");
		assertThat(data.get("type").asString()).isEqualTo("flight_log");
		JsonNode attributes = data.get("attributes");
		assertThat(attributes.get("aircraft_registration").asString()).isEqualTo("D-EABC");
		assertThat(attributes.get("aircraft_type").asString()).isEqualTo("C172");
		assertThat(attributes.get("block_time_minutes").asInt()).as("from out and in").isEqualTo(90);
		assertThat(attributes.get("organization_id").asString()).isEqualTo(school.id().toString());
		assertThat(attributes.get("aircraft_id").asString()).isEqualTo(aircraft);
		assertThat(attributes.get("pilot_id").asString()).isEqualTo(school.student().id());
		assertThat(attributes.get("pilot_name").asString()).isEqualTo("Test Pilot");
		assertThat(attributes.get("instructor_id").asString()).isEqualTo(school.instructor().id());
		assertThat(attributes.get("instructor_name").asString()).isEqualTo("Test Pilot");
		assertThat(attributes.get("instructor_name").asString())
			.isEqualTo(attributes.get("instructor_name").asString());
		String id = data.get("id").asString();

		Response own = api.get("/v1/me/flight-logs/" + id, school.student().key());
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body().get("data").get("attributes").get("organization_id").asString())
			.isEqualTo(school.id().toString());
		assertThat(api.get("/v1/me/flight-logs", school.student().key()).body().get("data").findValuesAsString("id"))
			.containsExactly(id);
		assertThat(api.get(school.path() + "/flight-logs/" + id, school.instructor().key()).status()).isEqualTo(200);
	}

	@Test
	void countsTheFlightInThePilotsTotals() {
		Map<String, Object> recent = aLesson();
		recent.put("flight_date", LocalDate.now().minusDays(3).toString());
		log(school.student(), recent);
		api.send("POST", "/v1/me/flight-logs", school.student().key(),
				Map.of("flight_date", LocalDate.now().minusDays(2).toString(), "block_time_minutes", 60));

		JsonNode totals = api.get("/v1/me/totals", school.student().key()).body().get("data").get("attributes");
		assertThat(totals.get("lifetime").get("flights").asInt()).isEqualTo(2);
		assertThat(totals.get("lifetime").get("block_time_minutes").asInt()).isEqualTo(150);
		assertThat(totals.get("lifetime").get("dual_received_minutes").asInt()).isEqualTo(90);
		assertThat(totals.get("last_12_months").get("block_time_minutes").asInt()).isEqualTo(150);

		String id = api.get(school.path() + "/flight-logs", school.student().key())
			.body()
			.get("data")
			.get(0)
			.get("id")
			.asString();
		api.send("PATCH", school.path() + "/flight-logs/" + id, school.admin().key(),
				Map.of("arrival_time", "10:00", "block_time_minutes", 60, "dual_received_minutes", 60));
		totals = api.get("/v1/me/totals", school.student().key()).body().get("data").get("attributes");
		assertThat(totals.get("lifetime").get("block_time_minutes").asInt()).isEqualTo(120);
		api.send("DELETE", school.path() + "/flight-logs/" + id, school.student().key(), null);
		totals = api.get("/v1/me/totals", school.student().key()).body().get("data").get("attributes");
		assertThat(totals.get("lifetime").get("flights").asInt()).isEqualTo(1);
		assertThat(totals.get("lifetime").get("block_time_minutes").asInt()).isEqualTo(60);
	}

	@Test
	void showsEveryonesFlightsToInstructorsAndOnlyTheirOwnToOthers() {
		String students = log(school.student(), aLesson());
		Map<String, Object> members = aLesson();
		members.remove("instructor_id");
		String memberFlight = log(school.member(), members);

		Response all = api.get(school.path() + "/flight-logs", school.instructor().key());
		assertThat(all.body().get("data").findValuesAsString("id")).containsExactlyInAnyOrder(students, memberFlight);
		assertThat(all.body().get("meta").get("total").asLong()).isEqualTo(2);
		Response byPilot = api.get(school.path() + "/flight-logs?pilot_id=" + school.member().id(),
				school.admin().key());
		assertThat(byPilot.body().get("data").findValuesAsString("id")).containsExactly(memberFlight);

		Response own = api.get(school.path() + "/flight-logs", school.member().key());
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body().get("data").findValuesAsString("id")).containsExactly(memberFlight);
		assertThat(api.get(school.path() + "/flight-logs?pilot_id=" + school.student().id(), school.member().key())
			.status()).isEqualTo(403);
		assertThat(api.get(school.path() + "/flight-logs/" + students, school.member().key()).status()).isEqualTo(403);
		assertThat(api.get(school.path() + "/flight-logs/" + students, school.student().key()).status()).isEqualTo(200);
	}

	@Test
	void filtersByDateRangeAircraftAndPages() {
		String second = addAircraft(school, "D-EXYZ");
		for (String date : new String[] { "2026-11-01", "2026-11-10", "2026-11-20" }) {
			Map<String, Object> flight = aLesson();
			flight.put("flight_date", date);
			log(school.student(), flight);
		}
		Map<String, Object> inSecond = aLesson();
		inSecond.put("aircraft_id", second);
		inSecond.put("flight_date", "2026-11-15");
		log(school.student(), inSecond);

		Response ranged = api.get(school.path() + "/flight-logs?from=2026-11-05&to=2026-11-20", school.admin().key());
		assertThat(ranged.body().get("data").findValuesAsString("flight_date")).containsExactly("2026-11-20",
				"2026-11-15", "2026-11-10");
		Response byAircraft = api.get(school.path() + "/flight-logs?aircraft_id=" + second, school.admin().key());
		assertThat(byAircraft.body().get("data").findValuesAsString("aircraft_registration")).containsExactly("D-EXYZ");
		Response paged = api.get(school.path() + "/flight-logs?per_page=3&page=2", school.admin().key());
		assertThat(paged.body().get("data").findValuesAsString("flight_date")).containsExactly("2026-11-01");
		assertThat(paged.body().get("meta").get("total").asLong()).isEqualTo(4);

		Response badDate = api.get(school.path() + "/flight-logs?from=20-11-2026", school.admin().key());
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(field(badDate)).isEqualTo("from");
		Response backwards = api.get(school.path() + "/flight-logs?from=2026-11-20&to=2026-11-01",
				school.admin().key());
		assertThat(field(backwards)).isEqualTo("to");
		assertThat(field(api.get(school.path() + "/flight-logs?pilot_id=nobody", school.admin().key())))
			.isEqualTo("pilot_id");
	}

	@Test
	void refusesAGroundedAircraftAndAcceptsOneInMaintenance() {
		api.send("POST", school.path() + "/aircraft/" + aircraft + "/status", school.instructor().key(),
				Map.of("status", "grounded", "note", "Oil leak"));
		Response refused = api.send("POST", school.path() + "/flight-logs", school.student().key(), aLesson());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("aircraft_id");
		assertThat(refused.body().get("error").get("details").get("issue").asString()).contains("D-EABC")
			.contains("grounded");
		assertThat(api.get("/v1/me/flight-logs", school.student().key()).body().get("data").size()).isZero();

		api.send("POST", school.path() + "/aircraft/" + aircraft + "/status", school.instructor().key(),
				Map.of("status", "maintenance"));
		log(school.student(), aLesson());
	}

	@Test
	void keepsAFlightCorrectableAfterItsAircraftIsGrounded() {
		String id = log(school.student(), aLesson());
		api.send("POST", school.path() + "/aircraft/" + aircraft + "/status", school.instructor().key(),
				Map.of("status", "grounded", "note", "Bird strike on this flight"));
		Response amended = api.send("PATCH", school.path() + "/flight-logs/" + id, school.student().key(),
				Map.of("remarks", "Bird strike on final"));
		assertThat(amended.status()).as(amended.raw().body()).isEqualTo(200);
		assertThat(amended.body().get("data").get("attributes").get("remarks").asString())
			.isEqualTo("Bird strike on final");
	}

	@Test
	void refusesAnAircraftOfAnotherOrganizationOrNone() {
		School other = organizations.aSchool(api, "Other Club", "EUR");
		String theirs = addAircraft(other, "D-EOTH");
		Map<String, Object> flight = aLesson();
		flight.put("aircraft_id", theirs);
		Response refused = api.send("POST", school.path() + "/flight-logs", school.student().key(), flight);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("aircraft_id");

		flight.remove("aircraft_id");
		assertThat(field(api.send("POST", school.path() + "/flight-logs", school.student().key(), flight)))
			.isEqualTo("aircraft_id");
		flight.put("aircraft_id", "not-a-uuid");
		assertThat(field(api.send("POST", school.path() + "/flight-logs", school.student().key(), flight)))
			.isEqualTo("aircraft_id");
	}

	@Test
	void refusesAnInstructorWhoIsNotAnInstructingMember() {
		Map<String, Object> flight = aLesson();
		flight.put("instructor_id", school.member().id());
		Response student = api.send("POST", school.path() + "/flight-logs", school.student().key(), flight);
		assertThat(student.status()).isEqualTo(400);
		assertThat(field(student)).isEqualTo("instructor_id");

		flight.put("instructor_id", api.newPilot().id());
		assertThat(field(api.send("POST", school.path() + "/flight-logs", school.student().key(), flight)))
			.isEqualTo("instructor_id");

		flight.put("instructor_id", school.admin().id());
		log(school.student(), flight);
	}

	@Test
	void namesEveryIssueOfTheOrganizationAndOfTheFlightAtOnce() {
		Map<String, Object> flight = aLesson();
		flight.put("instructor_id", school.student().id());
		flight.put("dual_received_minutes", 200);
		flight.put("aircraft_registration", "N12345");
		flight.put("landings_day", "many");
		Response refused = api.send("POST", school.path() + "/flight-logs", school.student().key(), flight);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field")).contains("instructor_id",
				"dual_received_minutes", "aircraft_registration", "landings_day");
		assertThat(api.get("/v1/me/flight-logs", school.student().key()).body().get("data").size()).isZero();
	}

	@Test
	void letsPilotsChangeTheirOwnFlightsAndManagersAnyones() {
		String id = log(school.student(), aLesson());
		Response own = api.send("PATCH", school.path() + "/flight-logs/" + id, school.student().key(),
				Map.of("remarks", "Steep turns"));
		assertThat(own.status()).isEqualTo(200);
		Response instructor = api.send("PATCH", school.path() + "/flight-logs/" + id, school.instructor().key(),
				Map.of());
		assertThat(instructor.status()).isEqualTo(403);
		assertThat(instructor.body().get("error").get("message").asString()).contains("admin");
		assertThat(api.send("DELETE", school.path() + "/flight-logs/" + id, school.member().key(), null).status())
			.isEqualTo(403);

		String second = addAircraft(school, "D-ENEW");
		Response admin = api.send("PATCH", school.path() + "/flight-logs/" + id, school.admin().key(),
				Map.of("aircraft_id", second, "instructor_id", school.owner().id()));
		assertThat(admin.status()).as(admin.raw().body()).isEqualTo(200);
		JsonNode attributes = admin.body().get("data").get("attributes");
		assertThat(attributes.get("aircraft_registration").asString()).isEqualTo("D-ENEW");
		assertThat(attributes.get("instructor_id").asString()).isEqualTo(school.owner().id());
		assertThat(attributes.get("pilot_id").asString()).as("still the student's").isEqualTo(school.student().id());
		assertThat(attributes.get("remarks").asString()).isEqualTo("Steep turns");

		assertThat(api.send("DELETE", school.path() + "/flight-logs/" + id, school.owner().key(), null).status())
			.isEqualTo(204);
		assertThat(api.get("/v1/me/flight-logs/" + id, school.student().key()).status()).isEqualTo(404);
	}

	@Test
	void refusesToMoveAnOrganizationFlightOutOfItsAircraftFromThePersonalLogbook() {
		String id = log(school.student(), aLesson());
		Response refused = api.send("PATCH", "/v1/me/flight-logs/" + id, school.student().key(),
				Map.of("aircraft_registration", "N999"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("aircraft_registration");
		assertThat(
				api.send("PATCH", "/v1/me/flight-logs/" + id, school.student().key(), Map.of("remarks", "ok")).status())
			.isEqualTo(200);
	}

	@Test
	void answersNotFoundAcrossOrganizationsAndToNonMembers() {
		String id = log(school.student(), aLesson());
		School other = organizations.aSchool(api, "Other Club", "EUR");
		assertThat(api.get(school.path() + "/flight-logs", other.owner().key()).status()).isEqualTo(404);
		assertThat(api.get(school.path() + "/flight-logs/" + id, other.owner().key()).status()).isEqualTo(404);
		assertThat(api.send("POST", school.path() + "/flight-logs", other.owner().key(), Map.of()).status())
			.isEqualTo(404);
		assertThat(api.get(other.path() + "/flight-logs/" + id, other.owner().key()).status()).isEqualTo(404);
		assertThat(api.send("PATCH", other.path() + "/flight-logs/" + id, other.owner().key(), Map.of()).status())
			.isEqualTo(404);
		assertThat(api.send("DELETE", other.path() + "/flight-logs/" + id, other.owner().key(), null).status())
			.isEqualTo(404);
		Response personal = api.send("POST", "/v1/me/flight-logs", school.student().key(),
				Map.of("flight_date", "2026-11-01", "block_time_minutes", 60));
		assertThat(api
			.get(school.path() + "/flight-logs/" + personal.body().get("data").get("id").asString(),
					school.admin().key())
			.status()).as("a flight in no organization").isEqualTo(404);
	}

	@Test
	void publishesLoggedAndAmendedEvents() {
		String id = log(school.student(), aLesson());
		api.send("PATCH", school.path() + "/flight-logs/" + id, school.admin().key(), Map.of("remarks", "Good"));
		api.send("PATCH", "/v1/me/flight-logs/" + id, school.student().key(), Map.of("remarks", "Better"));
		FlightId flight = FlightId.of(id);
		UserId student = UserId.of(school.student().id());
		assertThat(events.published).filteredOn(event -> event.toString().contains(id))
			.containsExactly(new OrganizationFlightLogged(school.id(), flight, student),
					new OrganizationFlightAmended(school.id(), flight, student, UserId.of(school.admin().id())),
					new OrganizationFlightAmended(school.id(), flight, student, student));
	}

	@Test
	void keepsTheFlightsInTheLogbooksWhenTheOrganizationIsDeleted() throws InterruptedException {
		String id = log(school.student(), aLesson());
		assertThat(api.send("DELETE", school.path(), school.owner().key(), null).status()).isEqualTo(204);
		JsonNode flight = null;
		for (int attempt = 0; attempt < 50; attempt++) {
			flight = api.get("/v1/me/flight-logs/" + id, school.student().key()).body().get("data").get("attributes");
			if (!flight.has("organization_id")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(flight.has("organization_id")).isFalse();
		assertThat(flight.get("aircraft_registration").asString()).isEqualTo("D-EABC");
		assertThat(flight.get("instructor_name").asString()).isEqualTo("Test Pilot");
		assertThatThrownBy(() -> logbook.findInOrganization(school.id(), FlightId.of(id))).isInstanceOf(NotFound.class);
	}

	@Test
	void givesAccountingTheFlightToCharge() {
		String id = log(school.student(), aLesson());
		OrganizationFlight flight = logbook.findInOrganization(school.id(), FlightId.of(id));
		assertThat(flight.flightId()).isEqualTo(FlightId.of(id));
		assertThat(flight.organizationId()).isEqualTo(school.id());
		assertThat(flight.pilot()).isEqualTo(UserId.of(school.student().id()));
		assertThat(flight.aircraftId()).isEqualTo(UUID.fromString(aircraft));
		assertThat(flight.instructor()).isEqualTo(UserId.of(school.instructor().id()));
		assertThat(flight.date()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(flight.blockTime()).isEqualTo(Duration.ofMinutes(90));
		assertThat(flight.instructionTime()).isEqualTo(Duration.ofMinutes(90));
		assertThat(flight.registration()).isEqualTo("D-EABC");
		assertThat(flight.departure()).isEqualTo("CYTZ");
		assertThat(flight.destination()).isEqualTo("CYOO");

		School other = organizations.aSchool(api, "Other Club", "EUR");
		assertThatThrownBy(() -> logbook.findInOrganization(other.id(), FlightId.of(id))).isInstanceOf(NotFound.class);
	}

}
