package aero.hobbs.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.OrganizationFixtures.School;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a mail server configured, an invitation is also emailed: to the invited address,
 * from the configured sender, with the link that accepts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hobbs.organizations.mail-from=school@hobbs.example",
				"hobbs.organizations.public-url=https://hobbs.example/" })
@Import(OrganizationFixtures.class)
class InvitationMailIntegrationTests {

	static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures fixtures;

	@Test
	void emailsTheLinkThatAcceptsTheInvitation() throws Exception {
		ApiClient api = new ApiClient(port);
		School school = fixtures.aSchool(api);
		Pilot invited = api.newPilot();
		Response created = api.send("POST", school.path() + "/members", school.admin().key(),
				Map.of("email", invited.email(), "role", "student"));
		assertThat(created.body().get("data").get("attributes").get("emailed").asBoolean()).isTrue();

		MimeMessage mail = smtp.getReceivedMessagesForDomain("example.com")[smtp.getReceivedMessages().length - 1];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(invited.email());
		assertThat(mail.getFrom()[0].toString()).isEqualTo("school@hobbs.example");
		assertThat(mail.getSubject()).isEqualTo("Join Skyhawk Flight School on Hobbs");
		String text = GreenMailUtil.getBody(mail);
		Matcher link = Pattern.compile("https://hobbs\\.example/invitations/(inv_[A-Za-z0-9_-]+)").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		assertThat(link.group(0)).isEqualTo(created.body().get("data").get("attributes").get("accept_url").asString());

		Invitations invitations = fixtures.invitations();
		invitations.acceptByToken(link.group(1), aero.hobbs.shared.UserId.of(invited.id()));
		assertThat(api.get(school.path() + "/members/" + invited.id(), school.admin().key())
			.body()
			.get("data")
			.get("attributes")
			.get("role")
			.asString()).isEqualTo("student");
	}

}
