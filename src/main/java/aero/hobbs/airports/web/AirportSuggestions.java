package aero.hobbs.airports.web;

import aero.hobbs.airports.AirportDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The htmx fragment behind the airport fields of the flight form: the suggestion list for
 * what was typed, and (out-of-band) the field's hint and coordinates once the code names
 * one airport.
 */
@Controller
class AirportSuggestions {

	private final AirportDirectory airports;

	AirportSuggestions(AirportDirectory airports) {
		this.airports = airports;
	}

	@GetMapping("/airports/suggest")
	String suggest(@RequestParam String field, HttpServletRequest request, Model model) {
		// htmx sends the input's own value under the input's name
		String value = request.getParameter(field) == null ? "" : request.getParameter(field);
		String prefix = field.startsWith("arrival") ? "arrival" : "departure";
		model.addAttribute("prefix", prefix);
		model.addAttribute("suggestions", airports.suggest(value, 12));
		model.addAttribute("match", airports.find(value).orElse(null));
		model.addAttribute("typed", value);
		return "airports/suggestions";
	}

}
