package aero.hobbs.calendar;

import static aero.hobbs.calendar.CalendarFixtures.aReservation;
import static aero.hobbs.calendar.CalendarFixtures.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.organizations.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Many members booking the same slot at the same moment: exactly one gets it, on H2 and
 * on PostgreSQL; and on PostgreSQL the database itself refuses an overlapping row that
 * bypasses the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganizationFixtures.class, CalendarFixtures.class })
class ReservationConcurrencyIntegrationTests {

	private static final int BOOKERS = 20;

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	CalendarFixtures calendar;

	@Autowired
	DataSource dataSource;

	ApiClient api;

	School school;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
	}

	@Test
	void givesASlotBookedByTwentyMembersAtOnceToExactlyOne() throws Exception {
		UUID aircraft = calendar.anAircraft(school);
		List<Pilot> bookers = new ArrayList<>();
		for (int i = 0; i < BOOKERS; i++) {
			bookers.add(organizations.join(api, school.id(), school.owner(), Role.STUDENT));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(BOOKERS);
		try {
			List<Future<ApiClient.Response>> answers = new ArrayList<>();
			for (int i = 0; i < BOOKERS; i++) {
				Pilot booker = bookers.get(i);
				// overlapping but not identical ranges, so that no two requests look
				// alike
				String startsAt = "2027-03-10T08:" + String.format("%02d", i) + ":00Z";
				answers.add(pool.submit(() -> {
					start.await();
					return book(api, school, booker, aReservation(aircraft, startsAt, "2027-03-10T10:00:00Z"));
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<ApiClient.Response> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS).status());
			}
			assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
			assertThat(statuses).filteredOn(status -> status == 409).hasSize(BOOKERS - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(api.get(CalendarFixtures.path(school, "reservations?aircraft_id=" + aircraft), school.owner().key())
			.body()
			.get("data")
			.size()).isEqualTo(1);
	}

	@Test
	void refusesAnOverlappingRowWrittenAroundTheServiceOnPostgreSql() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
					"the exclusion constraint exists on PostgreSQL only");
			UUID aircraft = calendar.anAircraft(school);
			insert(connection, aircraft, "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z", null);
			// back to back is fine: the ranges are half-open
			insert(connection, aircraft, "2027-03-10T10:00:00Z", "2027-03-10T11:00:00Z", null);
			// a cancelled reservation does not hold the aircraft
			insert(connection, aircraft, "2027-03-10T09:00:00Z", "2027-03-10T09:30:00Z", Instant.now());
			assertThatThrownBy(() -> insert(connection, aircraft, "2027-03-10T09:00:00Z", "2027-03-10T09:30:00Z", null))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("calendar_reservation_aircraft_overlap_ex");
		}
	}

	@Test
	void refusesAnInstructorsOverlappingRowOnAnotherAircraftOnPostgreSql() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
					"the exclusion constraint exists on PostgreSQL only");
			UUID instructor = UUID.fromString(school.instructor().id());
			insert(connection, calendar.anAircraft(school), "2027-03-10T08:00:00Z", "2027-03-10T10:00:00Z", null,
					instructor);
			assertThatThrownBy(() -> insert(connection, calendar.anAircraft(school), "2027-03-10T09:00:00Z",
					"2027-03-10T11:00:00Z", null, instructor))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("calendar_reservation_instructor_overlap_ex");
		}
	}

	private void insert(Connection connection, UUID aircraft, String from, String to, Instant cancelledAt)
			throws SQLException {
		insert(connection, aircraft, from, to, cancelledAt, null);
	}

	private void insert(Connection connection, UUID aircraft, String from, String to, Instant cancelledAt,
			UUID instructor) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO calendar_reservation (id, "
				+ "organization_id, aircraft_id, member_id, instructor_id, starts_at, ends_at, created_by, "
				+ "created_at, updated_at, cancelled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			UUID member = UUID.fromString(school.student().id());
			Timestamp now = Timestamp.from(Instant.now());
			insert.setObject(1, UUID.randomUUID());
			insert.setObject(2, school.id().value());
			insert.setObject(3, aircraft);
			insert.setObject(4, member);
			insert.setObject(5, instructor);
			insert.setTimestamp(6, Timestamp.from(Instant.parse(from)));
			insert.setTimestamp(7, Timestamp.from(Instant.parse(to)));
			insert.setObject(8, member);
			insert.setTimestamp(9, now);
			insert.setTimestamp(10, now);
			insert.setTimestamp(11, cancelledAt == null ? null : Timestamp.from(cancelledAt));
			insert.executeUpdate();
		}
	}

}
