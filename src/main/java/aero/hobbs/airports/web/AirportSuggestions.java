package aero.hobbs.airports.web;

import aero.hobbs.airports.AirportDirectory;
import aero.hobbs.airports.PilotAirports;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The htmx fragment behind the airport fields of the flight form: the suggestion list for
 * what was typed, and (out-of-band) the field's hint and coordinates once the code names
 * one airport. A signed-in pilot's custom airports come first, and their aliases resolve.
 */
@Controller
class AirportSuggestions {

	private final AirportDirectory airports;

	private final PilotAirports pilotAirports;

	AirportSuggestions(AirportDirectory airports, PilotAirports pilotAirports) {
		this.airports = airports;
		this.pilotAirports = pilotAirports;
	}

	@GetMapping("/airports/suggest")
	String suggest(@AuthenticationPrincipal @Nullable SignedInUser user, @RequestParam String field,
			HttpServletRequest request, Model model) {
		// htmx sends the input's own value under the input's name
		String value = request.getParameter(field) == null ? "" : request.getParameter(field);
		String prefix = field.startsWith("arrival") ? "arrival" : "departure";
		model.addAttribute("prefix", prefix);
		if (user != null) {
			model.addAttribute("suggestions", pilotAirports.suggest(user.id(), value, 12));
			model.addAttribute("match", pilotAirports.find(user.id(), value).orElse(null));
		}
		else {
			model.addAttribute("suggestions", airports.suggest(value, 12));
			model.addAttribute("match", airports.find(value).orElse(null));
		}
		model.addAttribute("typed", value);
		return "airports/suggestions";
	}

}
