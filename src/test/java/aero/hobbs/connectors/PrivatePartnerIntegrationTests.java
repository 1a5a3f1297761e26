package aero.hobbs.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Pilot;
import aero.hobbs.ApiClient.Response;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the default {@code HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS=false}, a connector whose
 * endpoints point at this machine is never called: the pilot is told why, and the partner
 * simulator receives nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "hobbs.outbound.allow-private-networks=false")
class PrivatePartnerIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void refusesToCallAPartnerOnAPrivateAddress() throws Exception {
		ApiClient api = new ApiClient(port);
		try (PartnerSimulator partner = new PartnerSimulator()) {
			Response created = api.send("POST", "/api/admin/connectors", ApiClient.ADMIN_TOKEN,
					ConnectorFixtures.aConnector(partner));
			String base = "/v1/me/connectors/" + created.body().get("data").get("id").asString();
			Pilot pilot = api.newPilot();
			api.send("POST", "/api/v1/connectors/import-emails.php",
					created.body().get("data").get("attributes").get("api_key").asString(),
					Map.of("emails", List.of(pilot.email())));

			Response sync = api.send("POST", base + "/sync", pilot.key(), null);
			Response check = api.send("POST", base + "/check", pilot.key(), null);

			assertThat(sync.status()).isEqualTo(502);
			assertThat(sync.body().get("error").get("message").asString())
				.contains("HOBBS_OUTBOUND_ALLOW_PRIVATE_NETWORKS");
			assertThat(check.body().get("data").get("attributes").get("linked").asBoolean()).isFalse();
			assertThat(partner.received()).isEmpty();
		}
	}

}
