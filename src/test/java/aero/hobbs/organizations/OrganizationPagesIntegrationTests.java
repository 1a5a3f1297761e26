package aero.hobbs.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.shared.web.SignedInUser;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The organization pages: creating one, inviting with a link to copy, accepting by the
 * link, a role's view of the tabs, and errors shown with what was typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private SignedInUser aUser() {
		Account account = accounts.signUp("page-" + UUID.randomUUID() + "@example.com", "correct-horse-1",
				"Page Pilot");
		return new SignedInUser(account.id(), account.email(), account.name(), null, null);
	}

	@Test
	void createsAnOrganizationAndOpensItsMembers() throws Exception {
		SignedInUser owner = aUser();
		MvcResult created = mvc
			.perform(post("/organizations").with(csrf())
				.with(user(owner))
				.param("name", "Lakeside Aero Club")
				.param("timeZone", "America/Chicago")
				.param("currency", "usd"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).matches("/organizations/[0-9a-f-]{36}/members");
		assertThat(organizations.listFor(owner.id())).singleElement().satisfies(m -> {
			assertThat(m.organization().currency()).isEqualTo("USD");
			assertThat(m.role()).isEqualTo(Role.OWNER);
		});
		mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(owner)))
			.andExpect(content().string(Matchers.containsString("Lakeside Aero Club")))
			.andExpect(content().string(Matchers.containsString("id=\"invite-member\"")));
	}

	@Test
	void showsErrorsAndKeepsWhatWasTyped() throws Exception {
		SignedInUser owner = aUser();
		mvc.perform(post("/organizations").with(csrf())
			.with(user(owner))
			.param("name", "Night Owls")
			.param("timeZone", "Atlantis/Capital")
			.param("currency", "EUR"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Use an IANA time zone")))
			.andExpect(content().string(Matchers.containsString("value=\"Night Owls\"")));
		assertThat(organizations.listFor(owner.id())).isEmpty();
	}

	@Test
	void invitesWithALinkThatTheInvitedUserAccepts() throws Exception {
		SignedInUser owner = aUser();
		SignedInUser student = aUser();
		OrganizationId id = organizations
			.create(owner.id(), new OrganizationSettings("Ridge Soaring", "Europe/Vienna", "EUR"))
			.organizationId();
		MvcResult invited = mvc
			.perform(post("/organizations/" + id + "/members").with(csrf())
				.with(user(owner))
				.param("email", student.email())
				.param("role", "student"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("emailed", false))
			.andReturn();
		String link = (String) invited.getFlashMap().get("invitationLink");
		String path = link.substring(link.indexOf("/invitations/"));

		mvc.perform(get(path).with(user(owner)))
			.andExpect(content().string(Matchers.containsString("but you are signed in with another address")));
		mvc.perform(get(path).with(user(student)))
			.andExpect(content().string(Matchers.containsString("Accept and join")));
		mvc.perform(post(path + "/accept").with(csrf()).with(user(student))).andExpect(status().is3xxRedirection());
		assertThat(organizations.listFor(student.id())).singleElement()
			.satisfies(m -> assertThat(m.role()).isEqualTo(Role.STUDENT));

		String overview = mvc.perform(get("/organizations/" + id).with(user(student)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains("Ridge Soaring", "/organizations/" + id + "/calendar")
			.doesNotContain("/organizations/" + id + "/settings", "/organizations/" + id + "/expenses");
		mvc.perform(get("/organizations/" + id + "/settings").with(user(student))).andExpect(status().isForbidden());
	}

	@Test
	void answersNotFoundToNonMembers() throws Exception {
		SignedInUser owner = aUser();
		OrganizationId id = organizations.create(owner.id(), new OrganizationSettings("Private Club", "UTC", "GBP"))
			.organizationId();
		SignedInUser stranger = aUser();
		mvc.perform(get("/organizations/" + id).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/organizations/" + id + "/members").with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/organizations/" + id + "/settings").with(csrf()).with(user(stranger)).param("name", "Mine"))
			.andExpect(status().isNotFound());
		assertThat(organizations.settings(id).name()).isEqualTo("Private Club");
	}

}
