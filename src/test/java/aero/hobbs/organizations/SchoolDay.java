package aero.hobbs.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;

import org.springframework.boot.test.context.TestComponent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One flight school's day, the records it leaves, and the same day run through `/v1`
 * alone. The records leave out what differs between two runs by nature (ids, emails,
 * timestamps of when something was done) and keep everything a school would compare.
 */
@TestComponent
class SchoolDay {

	static final String NAME = "Blue Sky Flight School";

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static final String ADMIN = "Ada Admin";

	static final String INSTRUCTOR = "Ivan Instructor";

	static final String STUDENT = "Stu Student";

	static final String REGISTRATION = "D-EBSK";

	static final String AIRPORT = "EDFE";

	static final String AIRCRAFT_RATE = "180.00";

	static final String INSTRUCTOR_RATE = "60.00";

	/** 1.5 h × 180.00 for the aircraft and 1.5 h × 60.00 for the instruction. */
	static final String TOTAL = "360.00";

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Runs the day with API calls only, in a new organization, and answers its records.
	 */
	JsonNode runThroughTheApi(ApiClient api, LocalDate day) {
		Pilot admin = api.newPilot(ADMIN);
		Pilot instructor = api.newPilot(INSTRUCTOR);
		Pilot student = api.newPilot(STUDENT);
		String org = created(api, admin, "/v1/organizations",
				Map.of("name", NAME, "time_zone", ZONE.getId(), "currency", "EUR"));
		String base = "/v1/organizations/" + org;
		join(api, admin, instructor, base, "instructor");
		join(api, admin, student, base, "student");

		String aircraft = created(api, admin, base + "/aircraft",
				Map.of("registration", REGISTRATION, "type_code", "C172", "model", "Cessna 172S Skyhawk", "hourly_rate",
						Map.of("amount", AIRCRAFT_RATE, "currency", "EUR")));
		ok(api.send("PATCH", base + "/accounting/rates", admin.key(),
				Map.of("instructor_hourly_rate", Map.of("amount", INSTRUCTOR_RATE, "currency", "EUR"))));

		created(api, student, base + "/calendar/reservations",
				Map.of("aircraft_id", aircraft, "instructor_id", instructor.id(), "starts_at",
						day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toOffsetDateTime().toString(), "ends_at",
						day.atTime(LocalTime.of(11, 0)).atZone(ZONE).toOffsetDateTime().toString(), "note",
						"Circuits"));
		Map<String, Object> flight = new HashMap<>();
		flight.put("aircraft_id", aircraft);
		flight.put("instructor_id", instructor.id());
		flight.put("flight_date", day.toString());
		flight.put("departure_airport", AIRPORT);
		flight.put("arrival_airport", AIRPORT);
		flight.put("departure_time", "07:10");
		flight.put("arrival_time", "08:40");
		flight.put("dual_received_minutes", 90);
		flight.put("landings_day", 6);
		flight.put("remarks", "Circuits with touch-and-goes");
		String flightId = created(api, student, base + "/flight-logs", flight);

		String invoice = created(api, admin, base + "/invoices", Map.of("from_flight_id", flightId));
		ok(api.send("POST", base + "/invoices/" + invoice + "/issue", admin.key(), Map.of()));
		ok(api.send("POST", base + "/invoices/" + invoice + "/pay", admin.key(), Map.of()));
		return records(api, admin, org);
	}

	/** What the day left in the organization, as its admin reads it through `/v1`. */
	JsonNode records(ApiClient api, Pilot admin, String org) {
		String base = "/v1/organizations/" + org;
		ObjectNode records = json.createObjectNode();
		records.set("organization",
				pick(ok(api.get(base, admin.key())).get("data").get("attributes"), "name", "time_zone", "currency"));

		Map<String, String> names = new HashMap<>();
		ArrayNode members = records.putArray("members");
		for (JsonNode member : sorted(ok(api.get(base + "/members", admin.key())).get("data"), "role")) {
			names.put(member.get("id").asString(), member.get("attributes").get("name").asString());
			members.add(pick(member.get("attributes"), "name", "role"));
		}
		ArrayNode aircraft = records.putArray("aircraft");
		for (JsonNode plane : ok(api.get(base + "/aircraft", admin.key())).get("data")) {
			aircraft.add(pick(plane.get("attributes"), "registration", "type_code", "model", "hourly_rate", "status"));
		}
		ArrayNode reservations = records.putArray("reservations");
		for (JsonNode reservation : ok(api.get(base + "/calendar/reservations", admin.key())).get("data")) {
			ObjectNode picked = pick(reservation.get("attributes"), "aircraft_registration", "starts_at", "ends_at",
					"note", "status");
			picked.put("member", names.get(reservation.get("attributes").get("member_id").asString()));
			picked.put("instructor", names.get(reservation.get("attributes").get("instructor_id").asString()));
			reservations.add(picked);
		}
		ArrayNode flights = records.putArray("flights");
		for (JsonNode flight : ok(api.get(base + "/flight-logs", admin.key())).get("data")) {
			flights.add(pick(flight.get("attributes"), "flight_date", "aircraft_registration", "aircraft_type",
					"departure_airport", "arrival_airport", "departure_time", "arrival_time", "block_time_minutes",
					"dual_received_minutes", "landings_day", "remarks", "pilot_name", "instructor_name"));
		}
		ArrayNode invoices = records.putArray("invoices");
		for (JsonNode invoice : ok(api.get(base + "/invoices", admin.key())).get("data")) {
			ObjectNode picked = pick(invoice.get("attributes"), "number", "status", "bill_to_name", "currency",
					"subtotal", "tax_total", "total", "issue_date");
			ArrayNode lines = picked.putArray("lines");
			invoice.get("attributes")
				.get("lines")
				.forEach(line -> lines
					.add(pick(line, "description", "quantity", "unit_price", "tax_rate", "net", "tax", "total")));
			invoices.add(picked);
		}
		JsonNode summary = ok(api.get(base + "/accounting/summary?month=" + YearMonth.now(ZONE), admin.key()))
			.get("data")
			.get("attributes");
		ObjectNode pickedSummary = pick(summary, "month", "currency", "revenue", "paid", "expenses", "net");
		ArrayNode perAircraft = pickedSummary.putArray("per_aircraft");
		summary.get("per_aircraft")
			.forEach(plane -> perAircraft.add(pick(plane, "registration", "revenue", "expenses", "net")));
		records.set("summary", pickedSummary);
		return records;
	}

	private void join(ApiClient api, Pilot admin, Pilot who, String base, String role) {
		String invitation = created(api, admin, base + "/members", Map.of("email", who.email(), "role", role));
		ok(api.send("POST", "/v1/me/invitations/" + invitation + "/accept", who.key(), null));
	}

	private static String created(ApiClient api, Pilot who, String path, Map<String, ?> body) {
		Response response = api.send("POST", path, who.key(), body);
		assertThat(response.status()).as("POST %s: %s", path, response.raw().body()).isEqualTo(201);
		return response.body().get("data").get("id").asString();
	}

	private static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.raw().uri() + ": " + response.raw().body()).isBetween(200, 299);
		return response.body();
	}

	private ObjectNode pick(JsonNode from, String... names) {
		ObjectNode picked = json.createObjectNode();
		for (String name : names) {
			picked.set(name, from.has(name) ? from.get(name) : json.nullNode());
		}
		return picked;
	}

	private static List<JsonNode> sorted(JsonNode array, String by) {
		List<JsonNode> list = new java.util.ArrayList<>();
		array.forEach(list::add);
		list.sort(Comparator.comparing((JsonNode node) -> node.get("attributes").get(by).asString()));
		return list;
	}

}
