package aero.hobbs.myflightbook.web;

import aero.hobbs.logbook.Logbook;
import aero.hobbs.myflightbook.MyFlightbookTotals;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The MyFlightbook totals snapshot beside Hobbs's own totals of the same logbook
 * (lifetime and the trailing 12 months): an htmx fragment the logbook page loads.
 */
@Controller
class MyFlightbookTotalsPages {

	private final MyFlightbookTotals totals;

	private final Logbook logbook;

	MyFlightbookTotalsPages(MyFlightbookTotals totals, Logbook logbook) {
		this.totals = totals;
		this.logbook = logbook;
	}

	@GetMapping("/integrations/myflightbook/totals")
	String totals(@AuthenticationPrincipal SignedInUser pilot, Model model) {
		model.addAttribute("lines", totals.lines(pilot.id()));
		model.addAttribute("local", logbook.totals(pilot.id()));
		return "myflightbook/totals :: totals";
	}

}
