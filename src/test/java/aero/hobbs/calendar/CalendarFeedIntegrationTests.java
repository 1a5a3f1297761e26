package aero.hobbs.calendar;

import static aero.hobbs.calendar.CalendarFixtures.aReservation;
import static aero.hobbs.calendar.CalendarFixtures.anEvent;
import static aero.hobbs.calendar.CalendarFixtures.book;
import static aero.hobbs.calendar.CalendarFixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.organizations.Members;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The iCalendar feed as a calendar app reads it: no session, the secret URL only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ OrganizationFixtures.class, CalendarFixtures.class })
class CalendarFeedIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	CalendarFixtures calendar;

	@Autowired
	Members members;

	ApiClient api;

	School school;

	@BeforeEach
	void aSchool() {
		api = new ApiClient(port);
		school = organizations.aSchool(api);
	}

	private String feedPath(Pilot pilot) {
		String url = api.get(path(school, "feed"), pilot.key())
			.body()
			.get("data")
			.get("attributes")
			.get("url")
			.asString();
		return url.substring(url.indexOf("/calendar/feeds/"));
	}

	@Test
	void servesEventsAndTheMembersOwnReservationsAsICalendar() {
		UUID aircraft = calendar.anAircraft(school);
		Map<String, Object> event = anEvent("Air law; exam, part 1", "exam", "2027-03-10T08:00:00Z",
				"2027-03-10T10:00:00Z");
		event.put("description", "Bring a pencil\nand your licence");
		String eventId = api.send("POST", path(school, "events"), school.admin().key(), event)
			.body()
			.get("data")
			.get("id")
			.asString();
		Map<String, Object> own = aReservation(aircraft, "2027-03-11T08:00:00Z", "2027-03-11T10:00:00Z");
		own.put("instructor_id", school.instructor().id());
		String ownId = book(api, school, school.student(), own).body().get("data").get("id").asString();
		String othersId = book(api, school, school.member(),
				aReservation(aircraft, "2027-03-12T08:00:00Z", "2027-03-12T10:00:00Z"))
			.body()
			.get("data")
			.get("id")
			.asString();

		HttpResponse<String> feed = api.getText(feedPath(school.student()));
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		String ics = feed.body();
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics).contains("UID:event-" + eventId + "@hobbs\r\n", "DTSTART:20270310T080000Z\r\n",
				"DTEND:20270310T100000Z\r\n", "SUMMARY:Air law\\; exam\\, part 1\r\n",
				"DESCRIPTION:Bring a pencil\\nand your licence\r\n", "UID:reservation-" + ownId + "@hobbs\r\n",
				"DTSTART:20270311T080000Z\r\n", "X-WR-CALNAME:Skyhawk Flight School\r\n");
		assertThat(ics).contains("DTSTAMP:").doesNotContain(othersId);
		assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes().length).isLessThanOrEqualTo(75));

		String instructorFeed = api.getText(feedPath(school.instructor())).body();
		assertThat(instructorFeed).contains("reservation-" + ownId, "reservation-" + othersId);
		String memberFeed = api.getText(feedPath(school.member())).body();
		assertThat(memberFeed).contains("reservation-" + othersId).doesNotContain(ownId);
	}

	@Test
	void answersNotFoundForAnUnknownTokenAndAfterTheMemberLeft() {
		assertThat(api.getText("/calendar/feeds/" + "x".repeat(43) + ".ics").statusCode()).isEqualTo(404);
		assertThat(api.getText("/calendar/feeds/short.ics").statusCode()).isEqualTo(404);
		String feed = feedPath(school.student());
		assertThat(api.getText(feed).statusCode()).isEqualTo(200);
		members.remove(school.id(), UserId.of(school.owner().id()), UserId.of(school.student().id()));
		assertThat(api.getText(feed).statusCode()).isEqualTo(404);
	}

}
