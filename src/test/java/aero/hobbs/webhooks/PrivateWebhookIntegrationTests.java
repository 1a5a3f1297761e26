package aero.hobbs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationSettings;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.shared.SecretBox;
import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * With the default {@code HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS=false}: endpoint URLs
 * must be https and may not name this machine or a private network, and a delivery to an
 * endpoint that does (stored before the rule applied) is refused without a call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hobbs.outbound.allow-private-networks=false")
class PrivateWebhookIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Autowired
	EndpointRepository endpoints;

	@Autowired
	SecretBox secrets;

	@Test
	void refusesPlainHttpAndPrivateAddresses() {
		ApiClient api = new ApiClient(port);
		Pilot owner = api.newPilot();
		Organization org = organizations.create(UserId.of(owner.id()),
				new OrganizationSettings("Careful Club", "UTC", "EUR"));
		String path = "/v1/organizations/" + org.id() + "/webhooks";

		Response http = api.send("POST", path, owner.key(),
				Map.of("url", "http://hooks.example.com/", "events", List.of("member.added")));
		assertThat(http.status()).isEqualTo(400);
		assertThat(http.body().get("error").get("details").get("issue").asString()).contains("https://");

		for (String url : List.of("https://127.0.0.1:8443/hooks", "https://10.1.2.3/hooks", "https://localhost/",
				"https://169.254.169.254/latest/meta-data")) {
			Response refused = api.send("POST", path, owner.key(),
					Map.of("url", url, "events", List.of("member.added")));
			assertThat(refused.status()).as(url).isEqualTo(400);
			assertThat(refused.body().get("error").get("details").get("field").asString()).isEqualTo("url");
			assertThat(refused.body().get("error").get("details").get("issue").asString()).as(url)
				.contains("HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS");
		}
	}

	@Test
	void refusesToDeliverToAPrivateAddressAtEveryAttempt() throws Exception {
		ApiClient api = new ApiClient(port);
		Pilot owner = api.newPilot();
		Organization org = organizations.create(UserId.of(owner.id()),
				new OrganizationSettings("Careful Club", "UTC", "EUR"));
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			Instant now = Instant.now();
			Endpoint endpoint = new Endpoint(UUID.randomUUID(), org.organizationId(),
					receiver.url().replace("http://", "https://"), "", List.of(WebhookEvent.MEMBER_ADDED), true, null,
					null, now, now);
			endpoints.insert(endpoint, secrets.seal(SigningSecret.generate()));

			Response ping = api.send("POST", "/v1/organizations/" + org.id() + "/webhooks/" + endpoint.id() + "/test",
					owner.key(), Map.of());

			JsonNode attributes = ping.body().get("data").get("attributes");
			assertThat(attributes.get("status").asString()).isEqualTo("pending");
			assertThat(attributes.get("response_status").isNull()).isTrue();
			assertThat(attributes.get("error").asString()).contains("resolves to a loopback address");
			Thread.sleep(200);
			assertThat(receiver.all()).isEmpty();
		}
	}

}
