package aero.hobbs.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures.School;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * `/v1/organizations`, its members and invitations, over real HTTP: who may do what, the
 * last owner, invitations answered once, and errors that name the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
class OrganizationsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void createsAnOrganizationWhoseCreatorIsTheOwner() {
		Pilot pilot = api.newPilot();
		Response created = api.send("POST", "/v1/organizations", pilot.key(),
				Map.of("name", "  Alpine   Flying Club ", "time_zone", "Europe/Zurich", "currency", "chf"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode data = created.body().get("data");
		assertThat(data.get("type").asString()).isEqualTo("organization");
		assertThat(data.get("attributes").get("name").asString()).isEqualTo("Alpine Flying Club");
		assertThat(data.get("attributes").get("currency").asString()).isEqualTo("CHF");
		assertThat(data.get("attributes").get("role").asString()).isEqualTo("owner");
		String id = data.get("id").asString();

		Response listed = api.get("/v1/organizations", pilot.key());
		assertThat(listed.body().get("data").findValuesAsString("id")).containsExactly(id);
		assertThat(listed.body().get("meta").get("total").asInt()).isEqualTo(1);

		Response members = api.get("/v1/organizations/" + id + "/members", pilot.key());
		assertThat(members.body().get("data")).singleElement().satisfies(member -> {
			assertThat(member.get("type").asString()).isEqualTo("member");
			assertThat(member.get("id").asString()).isEqualTo(pilot.id());
			assertThat(member.get("attributes").get("role").asString()).isEqualTo("owner");
		});
	}

	@Test
	void namesEveryBadSettingAndCreatesNothing() {
		Pilot pilot = api.newPilot();
		Response refused = api.send("POST", "/v1/organizations", pilot.key(),
				Map.of("name", " ", "time_zone", "Mars/Olympus", "currency", "EURO"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("validation_error");
		assertThat(refused.body().get("error").get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("name", "time_zone", "currency");
		assertThat(api.get("/v1/organizations", pilot.key()).body().get("meta").get("total").asInt()).isZero();
	}

	@Test
	void changesSettingsKeepingWhatIsLeftOut() {
		School school = fixtures.aSchool(api);
		Response changed = api.send("PATCH", school.path(), school.admin().key(), Map.of("time_zone", "UTC"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("data").get("attributes").get("time_zone").asString()).isEqualTo("UTC");
		assertThat(changed.body().get("data").get("attributes").get("name").asString())
			.isEqualTo("Skyhawk Flight School");
		assertThat(changed.body().get("data").get("attributes").get("role").asString()).isEqualTo("admin");
	}

	@Test
	void hidesAnOrganizationFromNonMembersAndRefusesLowerRoles() {
		School school = fixtures.aSchool(api);
		Pilot stranger = api.newPilot();
		assertThat(api.get(school.path(), stranger.key()).status()).isEqualTo(404);
		assertThat(api.get(school.path() + "/members", stranger.key()).status()).isEqualTo(404);
		assertThat(api.send("PATCH", school.path(), stranger.key(), Map.of()).status()).isEqualTo(404);

		Response refused = api.send("PATCH", school.path(), school.student().key(), Map.of());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("error").get("code").asString()).isEqualTo("forbidden");
		assertThat(refused.body().get("error").get("message").asString()).contains("student", "owner or admin");
		assertThat(api.send("POST", school.path() + "/members", school.instructor().key(), Map.of()).status())
			.isEqualTo(403);
		assertThat(api.send("DELETE", school.path(), school.admin().key(), null).status()).isEqualTo(403);
		assertThat(api.get(school.path() + "/members", school.student().key()).body().get("meta").get("total").asInt())
			.isEqualTo(5);
	}

	@Test
	void invitesByEmailAndTheInvitedUserAccepts() {
		School school = fixtures.aSchool(api);
		Pilot newcomer = api.newPilot();
		Response invited = api.send("POST", school.path() + "/members", school.admin().key(),
				Map.of("email", newcomer.email().toUpperCase(java.util.Locale.ROOT), "role", "Instructor"));
		assertThat(invited.status()).isEqualTo(201);
		JsonNode invitation = invited.body().get("data");
		assertThat(invitation.get("type").asString()).isEqualTo("invitation");
		assertThat(invitation.get("attributes").get("role").asString()).isEqualTo("instructor");
		assertThat(invitation.get("attributes").get("status").asString()).isEqualTo("open");
		assertThat(invitation.get("attributes").get("emailed").asBoolean()).isFalse();
		assertThat(invitation.get("attributes").get("accept_url").asString()).matches("http.*/invitations/inv_.+");

		assertThat(api.get(school.path() + "/invitations", school.owner().key())
			.body()
			.get("data")
			.findValuesAsString("id")).containsExactly(invitation.get("id").asString());
		Response mine = api.get("/v1/me/invitations", newcomer.key());
		assertThat(mine.body().get("data")).singleElement()
			.satisfies(i -> assertThat(i.get("attributes").get("organization_name").asString())
				.isEqualTo("Skyhawk Flight School"));

		Response accepted = api.send("POST", "/v1/me/invitations/" + invitation.get("id").asString() + "/accept",
				newcomer.key(), null);
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.body().get("data").get("attributes").get("role").asString()).isEqualTo("instructor");
		assertThat(api.get(school.path() + "/members/" + newcomer.id(), school.student().key()).status())
			.isEqualTo(200);
		assertThat(api.get("/v1/me/invitations", newcomer.key()).body().get("data")).isEmpty();
		assertThat(api
			.send("POST", "/v1/me/invitations/" + invitation.get("id").asString() + "/accept", newcomer.key(), null)
			.status()).isEqualTo(409);
	}

	@Test
	void refusesToInviteTwiceOrToInviteAMember() {
		School school = fixtures.aSchool(api);
		Map<String, Object> invite = Map.of("email", "twice@example.com", "role", "student");
		assertThat(api.send("POST", school.path() + "/members", school.admin().key(), invite).status()).isEqualTo(201);
		Response again = api.send("POST", school.path() + "/members", school.owner().key(), invite);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("error").get("details").get("field").asString()).isEqualTo("email");
		assertThat(again.body().get("error").get("message").asString()).contains("already been invited");

		Response member = api.send("POST", school.path() + "/members", school.admin().key(),
				Map.of("email", school.student().email(), "role", "member"));
		assertThat(member.status()).isEqualTo(409);
		assertThat(member.body().get("error").get("message").asString()).contains("already a member");
		assertThat(
				api.get(school.path() + "/invitations", school.admin().key()).body().get("meta").get("total").asInt())
			.isEqualTo(1);
	}

	@Test
	void namesTheBadFieldsOfAnInvitation() {
		School school = fixtures.aSchool(api);
		Response badEmail = api.send("POST", school.path() + "/members", school.admin().key(),
				Map.of("email", "not-an-email", "role", "student"));
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.body().get("error").get("details").get("field").asString()).isEqualTo("email");
		Response badRole = api.send("POST", school.path() + "/members", school.admin().key(),
				Map.of("email", "x@example.com", "role", "captain"));
		assertThat(badRole.status()).isEqualTo(400);
		assertThat(badRole.body().get("error").get("details").get("field").asString()).isEqualTo("role");
		assertThat(badRole.body().get("error").get("details").get("issue").asString()).contains("student");
	}

	@Test
	void acceptsAnInvitationOnlyForItsAddressAndNotOnceRevoked() {
		School school = fixtures.aSchool(api);
		Pilot invited = api.newPilot();
		Pilot other = api.newPilot();
		String id = api
			.send("POST", school.path() + "/members", school.admin().key(),
					Map.of("email", invited.email(), "role", "member"))
			.body()
			.get("data")
			.get("id")
			.asString();
		assertThat(api.send("POST", "/v1/me/invitations/" + id + "/accept", other.key(), null).status()).isEqualTo(404);
		assertThat(api.send("DELETE", school.path() + "/invitations/" + id, school.admin().key(), null).status())
			.isEqualTo(204);
		Response revoked = api.send("POST", "/v1/me/invitations/" + id + "/accept", invited.key(), null);
		assertThat(revoked.status()).isEqualTo(409);
		assertThat(revoked.body().get("error").get("message").asString()).contains("revoked");
		assertThat(api.get(school.path() + "/members/" + invited.id(), school.admin().key()).status()).isEqualTo(404);
	}

	@Test
	void onlyAnOwnerGrantsTheOwnerRole() {
		School school = fixtures.aSchool(api);
		Response byAdmin = api.send("PATCH", school.path() + "/members/" + school.member().id(), school.admin().key(),
				Map.of("role", "owner"));
		assertThat(byAdmin.status()).isEqualTo(403);
		Response demoteOwner = api.send("PATCH", school.path() + "/members/" + school.owner().id(),
				school.admin().key(), Map.of("role", "member"));
		assertThat(demoteOwner.status()).isEqualTo(403);

		Response promoted = api.send("PATCH", school.path() + "/members/" + school.member().id(), school.admin().key(),
				Map.of("role", "instructor"));
		assertThat(promoted.status()).isEqualTo(200);
		assertThat(promoted.body().get("data").get("attributes").get("role").asString()).isEqualTo("instructor");
		Response badRole = api.send("PATCH", school.path() + "/members/" + school.member().id(), school.admin().key(),
				Map.of("role", "pilot"));
		assertThat(badRole.status()).isEqualTo(400);
		assertThat(badRole.body().get("error").get("details").get("field").asString()).isEqualTo("role");
	}

	@Test
	void theLastOwnerCannotLeaveNorBeDemoted() {
		School school = fixtures.aSchool(api);
		String owner = school.path() + "/members/" + school.owner().id();
		Response leave = api.send("DELETE", owner, school.owner().key(), null);
		assertThat(leave.status()).isEqualTo(409);
		assertThat(leave.body().get("error").get("message").asString()).contains("last owner");
		assertThat(api.send("PATCH", owner, school.owner().key(), Map.of("role", "admin")).status()).isEqualTo(409);

		assertThat(api
			.send("PATCH", school.path() + "/members/" + school.admin().id(), school.owner().key(),
					Map.of("role", "owner"))
			.status()).isEqualTo(200);
		assertThat(api.send("DELETE", owner, school.owner().key(), null).status()).isEqualTo(204);
		assertThat(api.get(school.path(), school.owner().key()).status()).isEqualTo(404);
	}

	@Test
	void twoOwnersStepDownAtOnceAndOneStays() throws Exception {
		School school = fixtures.aSchool(api);
		api.send("PATCH", school.path() + "/members/" + school.admin().id(), school.owner().key(),
				Map.of("role", "owner"));
		List<Callable<Integer>> steps = List.of(
				() -> api
					.send("PATCH", school.path() + "/members/" + school.owner().id(), school.owner().key(),
							Map.of("role", "member"))
					.status(),
				() -> api
					.send("PATCH", school.path() + "/members/" + school.admin().id(), school.admin().key(),
							Map.of("role", "member"))
					.status());
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			for (Future<Integer> status : pool.invokeAll(steps)) {
				statuses.add(status.get());
			}
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(api.get(school.path() + "/members?role=owner", school.student().key())
			.body()
			.get("meta")
			.get("total")
			.asInt()).isEqualTo(1);
	}

	@Test
	void membersLeaveAndAreRemoved() {
		School school = fixtures.aSchool(api);
		assertThat(api.send("DELETE", school.path() + "/members/" + school.student().id(), school.student().key(), null)
			.status()).isEqualTo(204);
		assertThat(
				api.send("DELETE", school.path() + "/members/" + school.member().id(), school.instructor().key(), null)
					.status())
			.isEqualTo(403);
		assertThat(api.send("DELETE", school.path() + "/members/" + school.member().id(), school.admin().key(), null)
			.status()).isEqualTo(204);
		assertThat(
				api.get(school.path() + "/members", school.admin().key()).body().get("data").findValuesAsString("role"))
			.containsExactly("owner", "admin", "instructor");
	}

	@Test
	void filtersTheDirectoryAndNamesABadFilter() {
		School school = fixtures.aSchool(api);
		assertThat(api.get(school.path() + "/members?role=student", school.admin().key())
			.body()
			.get("data")
			.findValuesAsString("id")).containsExactly(school.student().id());
		Response bad = api.get(school.path() + "/members?role=pilot", school.admin().key());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("error").get("details").get("field").asString()).isEqualTo("role");
		Response badDate = api.get(school.path() + "/members?from=2026-13-01", school.admin().key());
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.body().get("error").get("details").get("field").asString()).isEqualTo("from");
		assertThat(api.get(school.path() + "/members?from=2000-01-01&to=2000-12-31", school.admin().key())
			.body()
			.get("meta")
			.get("total")
			.asInt()).isZero();
	}

	@Test
	void documentsEachEndpointsPermission() {
		JsonNode docs = api.get("/v3/api-docs", null).body();
		JsonNode invite = docs.get("paths").get("/v1/organizations/{orgId}/members").get("post");
		assertThat(invite.get("x-permission").get("name").asString()).isEqualTo("members_manage");
		assertThat(invite.get("x-permission").get("roles").valueStream().map(JsonNode::asString))
			.containsExactly("owner", "admin");
	}

}
