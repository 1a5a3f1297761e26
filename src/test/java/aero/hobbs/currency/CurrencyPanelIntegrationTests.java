package aero.hobbs.currency;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.SignedInUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The currency panel shows the pilot's items with their dates and status colours, and
 * nobody else's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CurrencyPanelIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CurrencyRecords records;

	@Test
	void showsEachItemWithItsDateAndStatus() throws Exception {
		SignedInUser pilot = new SignedInUser(UserId.random(), "c@example.com", "C", null, null);
		records.replace(pilot.id(), "myflightbook",
				List.of(new CurrencyItem(CurrencyItem.Kind.FLIGHT_REVIEW, "Flight review", null,
						CurrencyItem.Status.GETTING_CLOSE, LocalDate.of(2026, 12, 31), "Due within 30 days"),
						new CurrencyItem(CurrencyItem.Kind.PASSENGER_NIGHT, "Night passengers", "ASEL",
								CurrencyItem.Status.NON_COMPLIANT, null, null)),
				Instant.now());

		mvc.perform(get("/currency/panel").with(user(pilot)))
			.andExpect(content().string(allOf(containsString("Flight review"), containsString("2026-12-31"),
					containsString("badge currency-getting_close"), containsString("Night passengers"),
					containsString("badge currency-non_compliant"))));
		mvc.perform(
				get("/currency/panel").with(user(new SignedInUser(UserId.random(), "d@example.com", "D", null, null))))
			.andExpect(content().string(not(containsString("Flight review"))));
	}

}
