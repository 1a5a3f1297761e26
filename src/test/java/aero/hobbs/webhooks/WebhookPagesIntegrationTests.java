package aero.hobbs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationSettings;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.shared.web.SignedInUser;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The webhooks pages: adding an endpoint with its events (the secret shown once, with a
 * copy button), errors kept with what was typed, the delivery log with redelivery, and
 * the reason a disabled endpoint shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebhookPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	EndpointRepository endpoints;

	private SignedInUser aUser() {
		Account account = accounts.signUp("hooks-" + UUID.randomUUID() + "@example.com", "correct-horse-1",
				"Hook Admin");
		return new SignedInUser(account.id(), account.email(), account.name(), null, null);
	}

	@Test
	void addsAnEndpointAndShowsItsSecretOnceWithTheDeliveryLog() throws Exception {
		SignedInUser owner = aUser();
		Organization org = organizations.create(owner.id(), new OrganizationSettings("Hook Club", "UTC", "EUR"));
		String base = "/organizations/" + org.id() + "/webhooks";
		mvc.perform(get("/organizations/" + org.id()).with(user(owner)))
			.andExpect(content().string(Matchers.containsString("href=\"" + base + "\"")));
		mvc.perform(get(base).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"add-webhook\"")))
			.andExpect(content().string(Matchers.containsString("value=\"aircraft.status_changed\"")));

		try (WebhookReceiver receiver = new WebhookReceiver()) {
			MvcResult added = mvc
				.perform(post(base).with(csrf())
					.with(user(owner))
					.param("url", receiver.url())
					.param("description", "Dispatch board")
					.param("events", "member.added", "invoice.paid")
					.param("enabled", "true"))
				.andExpect(status().is3xxRedirection())
				.andReturn();
			String page = added.getResponse().getRedirectedUrl();
			assertThat(page).matches(base + "/[0-9a-f-]{36}");
			Object secret = added.getFlashMap().get("secret");
			assertThat(secret).asString().startsWith("whsec_");
			// the flash lives in the (JDBC) session the answer's cookie names
			mvc.perform(get(page).cookie(added.getResponse().getCookies()).with(user(owner)))
				.andExpect(content().string(Matchers.containsString("data-copy=\"#webhook-secret\"")))
				.andExpect(content().string(Matchers.containsString("value=\"" + secret + "\"")));
			mvc.perform(get(page).with(user(owner)))
				.andExpect(content().string(Matchers.not(Matchers.containsString(secret.toString()))));

			mvc.perform(post(page + "/test").with(csrf()).with(user(owner))).andExpect(status().is3xxRedirection());
			receiver.next(Duration.ofSeconds(10));
			mvc.perform(get(page).with(user(owner)))
				.andExpect(content().string(Matchers.containsString("webhook.test")))
				.andExpect(content().string(Matchers.containsString("delivered")))
				.andExpect(content().string(Matchers.containsString("Redeliver")));
		}
	}

	@Test
	void keepsWhatWasTypedAndNamesWhatIsWrong() throws Exception {
		SignedInUser owner = aUser();
		Organization org = organizations.create(owner.id(), new OrganizationSettings("Typo Club", "UTC", "EUR"));
		mvc.perform(post("/organizations/" + org.id() + "/webhooks").with(csrf())
			.with(user(owner))
			.param("url", "gopher://hooks.example.com")
			.param("description", "Kept description"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("The URL must start with https:// or http://")))
			.andExpect(content().string(Matchers.containsString("Pick at least one event")))
			.andExpect(content().string(Matchers.containsString("value=\"Kept description\"")));
	}

	@Test
	void showsWhyAnEndpointWasDisabled() throws Exception {
		SignedInUser owner = aUser();
		Organization org = organizations.create(owner.id(), new OrganizationSettings("Quiet Club", "UTC", "EUR"));
		Instant now = Instant.now();
		Endpoint endpoint = new Endpoint(UUID.randomUUID(), org.organizationId(), "https://hooks.example.com/", "",
				java.util.List.of(WebhookEvent.MEMBER_ADDED), true, null, null, now, now);
		endpoints.insert(endpoint, "v1.none.none");
		endpoints.disable(endpoint.id(),
				"disabled on 2026-12-07: every delivery failed since 2026-12-02; last error: boom", now);
		mvc.perform(get("/organizations/" + org.id() + "/webhooks").with(user(owner)))
			.andExpect(content().string(Matchers.containsString("every delivery failed since 2026-12-02")));
		mvc.perform(get("/organizations/" + org.id() + "/webhooks/" + endpoint.id()).with(user(owner)))
			.andExpect(content().string(Matchers.containsString("id=\"endpoint-disabled\"")));
	}

	@Test
	void tellsANonMemberNothingExists() throws Exception {
		SignedInUser owner = aUser();
		Organization org = organizations.create(owner.id(), new OrganizationSettings("Closed Club", "UTC", "EUR"));
		mvc.perform(get("/organizations/" + org.id() + "/webhooks").with(user(aUser())))
			.andExpect(status().isNotFound());
	}

}
