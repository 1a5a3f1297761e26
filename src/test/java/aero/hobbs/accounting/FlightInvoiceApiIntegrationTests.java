package aero.hobbs.accounting;

import static aero.hobbs.accounting.AccountingFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.logbook.FlightId;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.logbook.OrganizationFlight;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import tools.jackson.databind.JsonNode;

/**
 * An invoice drafted from a flight, over real HTTP against the real database. The
 * logbook, another module, is the boundary: it is stubbed to answer the flight as
 * {@code Logbook#findInOrganization} would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganizationFixtures.class, AccountingFixtures.class })
class FlightInvoiceApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	AccountingFixtures accounting;

	@MockitoBean
	Logbook logbook;

	ApiClient api;

	School school;

	UUID aircraft;

	@BeforeEach
	void aSchoolWithAnAircraft() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
		aircraft = accounting.anAircraft(school, "N12345", "180.00");
		willThrow(new NotFound("Flight")).given(logbook).findInOrganization(any(), any());
	}

	private FlightId aFlight(Duration block, Duration instruction) {
		FlightId id = new FlightId(UUID.randomUUID());
		willReturn(new OrganizationFlight(id, school.id(), UserId.of(school.student().id()), aircraft,
				UserId.of(school.instructor().id()), LocalDate.of(2026, 12, 1), block, instruction, "N12345", "EDDF",
				"EDDS"))
			.given(logbook)
			.findInOrganization(eq(school.id()), eq(id));
		return id;
	}

	private Response draftFrom(FlightId flight) {
		return api.send("POST", school.path() + "/invoices", school.owner().key(),
				Map.of("from_flight_id", flight.toString()));
	}

	private void setRates(String instructorDefault, String tax) {
		assertThat(api
			.send("PATCH", school.path() + "/accounting/rates", school.owner().key(),
					Map.of("instructor_hourly_rate", money(instructorDefault), "default_tax_rate", tax))
			.status()).isEqualTo(200);
	}

	@Test
	void chargesTheAircraftRateTimesBlockTimeAndTheInstructorsTime() {
		setRates("60.00", "19");
		api.send("PUT", school.path() + "/accounting/rates/instructors/" + school.instructor().id(),
				school.owner().key(), Map.of("hourly_rate", money("70.00")));

		Response drafted = draftFrom(aFlight(Duration.ofMinutes(90), Duration.ofMinutes(60)));

		assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
		JsonNode invoice = drafted.body().get("data").get("attributes");
		assertThat(invoice.get("member_id").asString()).as("billed to the pilot").isEqualTo(school.student().id());
		assertThat(invoice.get("status").asString()).isEqualTo("draft");
		assertThat(invoice.get("flight_id").asString()).isNotBlank();
		JsonNode flight = invoice.get("lines").get(0);
		assertThat(flight.get("description").asString()).isEqualTo("Aircraft N12345 C172, 2026-12-01 EDDF–EDDS, 1.5 h");
		assertThat(flight.get("quantity").asString()).isEqualTo("1.5");
		assertThat(flight.get("unit_price").get("amount").asString()).isEqualTo("180.00");
		assertThat(flight.get("net").get("amount").asString()).isEqualTo("270.00");
		assertThat(flight.get("aircraft_id").asString()).isEqualTo(aircraft.toString());
		JsonNode instruction = invoice.get("lines").get(1);
		assertThat(instruction.get("description").asString()).startsWith("Instruction by ").endsWith(", 1 h");
		assertThat(instruction.get("unit_price").get("amount").asString()).as("the instructor's own rate")
			.isEqualTo("70.00");
		assertThat(invoice.get("subtotal").get("amount").asString()).isEqualTo("340.00");
		assertThat(invoice.get("tax_total").get("amount").asString()).isEqualTo("64.60");
		assertThat(invoice.get("total").get("amount").asString()).isEqualTo("404.60");
	}

	@Test
	void roundsBlockHoursToTwoDecimals() {
		setRates("60.00", "0");

		JsonNode line = draftFrom(aFlight(Duration.ofMinutes(50), Duration.ZERO)).body()
			.get("data")
			.get("attributes")
			.get("lines")
			.get(0);

		assertThat(line.get("quantity").asString()).isEqualTo("0.83");
		assertThat(line.get("net").get("amount").asString()).isEqualTo("149.40");
	}

	@Test
	void chargesInstructionAtZeroWhenNoRateIsSet() {
		JsonNode lines = draftFrom(aFlight(Duration.ofMinutes(60), Duration.ofMinutes(60))).body()
			.get("data")
			.get("attributes")
			.get("lines");

		assertThat(lines.get(1).get("description").asString()).endsWith("(no instructor rate set)");
		assertThat(lines.get(1).get("net").get("amount").asString()).isEqualTo("0.00");
	}

	@Test
	void refusesAFlightAlreadyInvoicedUntilThatInvoiceIsVoid() {
		FlightId flight = aFlight(Duration.ofMinutes(60), Duration.ZERO);
		String first = draftFrom(flight).body().get("data").get("id").asString();

		Response again = draftFrom(flight);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("error").get("details").get("field").asString()).isEqualTo("from_flight_id");
		assertThat(again.body().get("error").get("message").asString()).contains("already on a draft invoice");

		api.send("POST", school.path() + "/invoices/" + first + "/void", school.owner().key(), null);
		assertThat(draftFrom(flight).status()).as("a void invoice frees the flight").isEqualTo(201);
	}

	@Test
	void answersNotFoundForAFlightOfAnotherOrganization() {
		Response drafted = draftFrom(new FlightId(UUID.randomUUID()));

		assertThat(drafted.status()).isEqualTo(404);
	}

	@Test
	void refusesAMemberOrLinesAlongsideTheFlight() {
		Response refused = api.send("POST", school.path() + "/invoices", school.owner().key(), Map.of("from_flight_id",
				aFlight(Duration.ofMinutes(60), Duration.ZERO).toString(), "member_id", school.member().id()));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("member_id");
		assertThat(
				api.send("POST", school.path() + "/invoices", school.instructor().key(), Map.of("from_flight_id", "x"))
					.status())
			.isEqualTo(403);
	}

}
