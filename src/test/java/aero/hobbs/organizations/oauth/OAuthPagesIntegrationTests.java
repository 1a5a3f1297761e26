package aero.hobbs.organizations.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationSettings;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.apiaccess.ApiAccessPlans;
import aero.hobbs.shared.web.SignedInUser;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The OAuth pages: the organization's "OAuth apps" tab (register with errors shown next
 * to what was typed, the secret shown once, revoke), the consent page for members and
 * non-members, and a pilot's connected applications.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OAuthPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	ApiAccessPlans plans;

	@Autowired
	OAuthClients clients;

	SignedInUser owner;

	Organization club;

	@BeforeEach
	void aClubWithApiAccess() {
		owner = aUser("Owner");
		club = organizations.create(owner.id(), new OrganizationSettings("Harbor Flyers", "Europe/Berlin", "EUR"));
		plans.enable(club.organizationId(), "standard", null);
	}

	@Test
	void registersAnAppShowsItsSecretOnceAndRevokesIt() throws Exception {
		String page = "/organizations/" + club.id() + "/oauth-clients";
		mvc.perform(get(page).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("No OAuth apps yet")))
			.andExpect(content().string(Matchers.containsString("flight_logs:read")));

		mvc.perform(post(page).with(csrf())
			.with(user(owner))
			.param("name", "Fuel tracker")
			.param("redirectUris", "http://tracker.example.com/cb\nhttps://tracker.example.com/cb")
			.param("scopes", "aircraft:read"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("must use https")))
			.andExpect(content().string(Matchers.containsString("value=\"Fuel tracker\"")))
			.andExpect(content().string(Matchers.containsString("https://tracker.example.com/cb")));

		MvcResult registered = mvc
			.perform(post(page).with(csrf())
				.with(user(owner))
				.param("name", "Fuel tracker")
				.param("redirectUris", "https://tracker.example.com/cb")
				.param("scopes", "aircraft:read", "flight_logs:read")
				.param("confidential", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("createdSecret", Matchers.startsWith("hcs_")))
			.andReturn();
		String clientId = (String) registered.getFlashMap().get("createdClientId");
		assertThat(clientId).startsWith("hoc_");
		OAuthClient client = clients.list(club.organizationId(), owner.id()).getFirst();
		assertThat(client.scopes()).containsExactly("aircraft:read", "flight_logs:read");
		assertThat(client.confidential()).isTrue();
		mvc.perform(get(page).with(user(owner)))
			.andExpect(content().string(Matchers.containsString(clientId)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("hcs_"))));

		mvc.perform(post(page + "/" + client.registeredClientId() + "/revoke").with(csrf()).with(user(owner)))
			.andExpect(status().is3xxRedirection());
		assertThat(clients.list(club.organizationId(), owner.id()).getFirst().active()).isFalse();
	}

	@Test
	void withoutApiAccessThePageSaysWhoToAsk() throws Exception {
		plans.disable(club.organizationId());

		mvc.perform(get("/organizations/" + club.id() + "/oauth-clients").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"api-access-disabled\"")));
	}

	@Test
	void theConsentPageNamesTheAppItsOrganizationAndEachScope() throws Exception {
		CreatedOAuthClient app = clients.register(club.organizationId(), owner.id(), "Logbook Insights",
				List.of("https://insights.example.com/cb"), List.of("flight_logs:read", "calendar:write"), false);

		mvc.perform(get("/oauth2/consent").with(user(owner))
			.param("client_id", app.client().clientId())
			.param("scope", "flight_logs:read calendar:write")
			.param("state", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Logbook Insights")))
			.andExpect(content().string(Matchers.containsString("Harbor Flyers")))
			.andExpect(content().string(Matchers.containsString(OAuthScope.CALENDAR_WRITE.description())))
			.andExpect(content().string(Matchers.containsString("id=\"consent-allow\"")));

		SignedInUser stranger = aUser("Stranger");
		mvc.perform(get("/oauth2/consent").with(user(stranger))
			.param("client_id", app.client().clientId())
			.param("scope", "flight_logs:read")
			.param("state", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("you are not a member")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"consent-allow\""))));

		mvc.perform(get("/oauth2/consent").with(user(owner))
			.param("client_id", "hoc_unknown")
			.param("scope", "flight_logs:read")
			.param("state", "abc")).andExpect(status().isNotFound());
	}

	@Test
	void connectedApplicationsStartsEmpty() throws Exception {
		mvc.perform(get("/settings/applications").with(user(aUser("New"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"no-grants\"")));
		mvc.perform(get("/settings").with(user(owner)))
			.andExpect(content().string(Matchers.containsString("/settings/applications")));
	}

	private SignedInUser aUser(String name) {
		Account account = accounts.signUp("oauth-page-" + UUID.randomUUID() + "@example.com", "correct-horse-1", name);
		return new SignedInUser(account.id(), account.email(), account.name(), null, null);
	}

}
