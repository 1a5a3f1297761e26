package aero.hobbs.currency.web;

import aero.hobbs.currency.CurrencyRecords;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The currency panel: an htmx fragment the logbook page loads, listing the pilot's
 * currency items with their dates, coloured by status.
 */
@Controller
class CurrencyPanel {

	private final CurrencyRecords records;

	CurrencyPanel(CurrencyRecords records) {
		this.records = records;
	}

	@GetMapping("/currency/panel")
	String panel(@AuthenticationPrincipal SignedInUser pilot, Model model) {
		model.addAttribute("items", records.list(pilot.id()));
		return "currency/panel :: panel";
	}

}
