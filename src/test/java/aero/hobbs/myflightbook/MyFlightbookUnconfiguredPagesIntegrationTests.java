package aero.hobbs.myflightbook;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.SignedInUser;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A server without MFB_CLIENT_ID and MFB_CLIENT_SECRET, as the test configuration is. */
@SpringBootTest
@AutoConfigureMockMvc
class MyFlightbookUnconfiguredPagesIntegrationTests {

	static final String NOT_CONFIGURED = "MyFlightbook import is not configured on this server"
			+ " (MFB_CLIENT_ID, MFB_CLIENT_SECRET).";

	@Autowired
	MockMvc mvc;

	final SignedInUser pilot = new SignedInUser(UserId.random(), "nomfb@example.com", "Pat", null, null);

	@Test
	void theCardSaysTheImportIsNotConfigured() throws Exception {
		mvc.perform(get("/integrations/myflightbook/card").with(user(pilot)))
			.andExpect(content().string(containsString(NOT_CONFIGURED)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Connect MyFlightbook"))));
	}

	@Test
	void authorizeGoesBackToTheLogbookWithAProblem() throws Exception {
		mvc.perform(get("/api/integrations/myflightbook/authorize").with(user(pilot)))
			.andExpect(redirectedUrl("/logbook"))
			.andExpect(flash().attribute("problem", NOT_CONFIGURED));
	}

	@Test
	void theLogbookPageShowsTheProblem() throws Exception {
		// the session is Spring Session's, so the flash travels in its cookie
		Cookie session = mvc.perform(get("/api/integrations/myflightbook/authorize").with(user(pilot)))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		mvc.perform(get("/logbook").with(user(pilot)).cookie(session))
			.andExpect(content().string(containsString("<p class=\"error-box\" role=\"alert\">" + NOT_CONFIGURED)));
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/api/integrations/myflightbook/authorize")).andExpect(redirectedUrl("/login"));
	}

}
