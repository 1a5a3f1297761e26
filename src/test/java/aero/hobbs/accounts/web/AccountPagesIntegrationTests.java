package aero.hobbs.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.accounts.ApiKeys;
import aero.hobbs.shared.web.SignedInUser;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** Sign-up, sign-in, password change and API keys through the pages, CSRF included. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiKeys apiKeys;

	String email;

	SignedInUser pilot;

	@BeforeEach
	void aPilot() {
		email = "page-" + UUID.randomUUID() + "@example.com";
		Account account = accounts.signUp(email, "first-password", "Page Pilot");
		pilot = new SignedInUser(account.id(), account.email(), account.name(), null, null);
	}

	@Test
	void signsUpAndLandsSignedInOnTheLogbook() throws Exception {
		Cookie session = mvc
			.perform(post("/signup").with(csrf())
				.param("email", "new-" + UUID.randomUUID() + "@example.com")
				.param("name", "New Pilot")
				.param("password", "a-good-password"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/logbook?welcome"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		assertThat(session).isNotNull();
		mvc.perform(get("/logbook").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"sign-out\"")));
	}

	@Test
	void showsSignUpErrorsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/signup").with(csrf())
			.param("email", email)
			.param("name", "Twin")
			.param("password", "a-good-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("An account with this email already exists")))
			.andExpect(content().string(Matchers.containsString("value=\"Twin\"")))
			.andExpect(unauthenticated());
	}

	@Test
	void refusesAFormWithoutCsrfToken() throws Exception {
		mvc.perform(post("/signup").param("email", "x@example.com").param("name", "X").param("password", "long-enough"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signsInWithAnyLetterCaseOfTheEmail() throws Exception {
		mvc.perform(formLogin("/login").user(email.toUpperCase()).password("first-password"))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/logbook"));
		mvc.perform(formLogin("/login").user(email).password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
		mvc.perform(post("/settings/password").with(csrf())
			.with(user(pilot))
			.param("currentPassword", "not-it")
			.param("newPassword", "second-password")).andExpect(flash().attributeExists("errors"));
		mvc.perform(post("/settings/password").with(csrf())
			.with(user(pilot))
			.param("currentPassword", "first-password")
			.param("newPassword", "second-password"))
			.andExpect(flash().attribute("notice", "Your password was changed."));

		mvc.perform(formLogin("/login").user(email).password("second-password")).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(email).password("first-password")).andExpect(unauthenticated());
	}

	@Test
	void createsAKeyShownOnceAndRevokesIt() throws Exception {
		String key = (String) mvc
			.perform(post("/settings/api-keys").with(csrf()).with(user(pilot)).param("name", "sync"))
			.andExpect(redirectedUrl("/settings#api-keys"))
			.andReturn()
			.getFlashMap()
			.get("createdKey");
		assertThat(key).startsWith("hbs_");
		assertThat(apiKeys.verify(key)).isPresent();

		mvc.perform(get("/settings").with(user(pilot)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(key.substring(0, 12))))
			.andExpect(content().string(Matchers.not(Matchers.containsString(key))));

		UUID id = apiKeys.list(pilot.id()).stream().filter(k -> k.name().equals("sync")).findFirst().orElseThrow().id();
		mvc.perform(post("/settings/api-keys/" + id + "/revoke").with(csrf()).with(user(pilot)))
			.andExpect(redirectedUrl("/settings#api-keys"));
		assertThat(apiKeys.verify(key)).isEmpty();
	}

	@Test
	void sendsVisitorsWithoutASessionToSignIn() throws Exception {
		mvc.perform(get("/logbook")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

}
