package aero.hobbs.airports.web;

import java.util.UUID;

import aero.hobbs.airports.AirportAlias;
import aero.hobbs.airports.CustomAirport;
import aero.hobbs.airports.CustomAirportId;
import aero.hobbs.airports.PilotAirports;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The airports page: the pilot's custom airports and aliases, a form to add each, and
 * their remove buttons. A form with errors is shown again on the page, as typed.
 */
@Controller
class AirportPages {

	private final PilotAirports airports;

	AirportPages(PilotAirports airports) {
		this.airports = airports;
	}

	@GetMapping("/airports")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		return page(user, model, new CustomAirportForm(), FormErrors.none(), new AliasForm(), FormErrors.none());
	}

	@PostMapping("/airports/custom")
	String addCustom(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("customForm") CustomAirportForm form,
			Model model, RedirectAttributes redirect) {
		try {
			CustomAirport added = airports.addCustom(user.id(), form.getCode(), form.getName(),
					decimal(form.getLatitude()), decimal(form.getLongitude()));
			redirect.addFlashAttribute("notice", "Added " + added.code() + ", " + added.name() + ".");
		}
		catch (InvalidInput | Conflict e) {
			return page(user, model, form, FormErrors.of(e), new AliasForm(), FormErrors.none());
		}
		return "redirect:/airports";
	}

	@PostMapping("/airports/aliases")
	String addAlias(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("aliasForm") AliasForm form,
			Model model, RedirectAttributes redirect) {
		try {
			AirportAlias alias = airports.addAlias(user.id(), form.getCode(), form.getTargetCode());
			redirect.addFlashAttribute("notice", alias.code() + " now means " + alias.targetCode() + ".");
		}
		catch (InvalidInput | Conflict e) {
			return page(user, model, new CustomAirportForm(), FormErrors.none(), form, FormErrors.of(e));
		}
		return "redirect:/airports";
	}

	@PostMapping("/airports/custom/{id}/delete")
	String removeCustom(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			airports.removeCustom(user.id(), new CustomAirportId(id));
			redirect.addFlashAttribute("notice", "Removed; flights logged there keep its code and coordinates.");
		}
		catch (Conflict e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/airports";
	}

	@PostMapping("/airports/aliases/{code}/delete")
	String removeAlias(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
			RedirectAttributes redirect) {
		airports.removeAlias(user.id(), code);
		redirect.addFlashAttribute("notice", "Removed the alias " + code + ".");
		return "redirect:/airports";
	}

	private String page(SignedInUser user, Model model, CustomAirportForm customForm, FormErrors customErrors,
			AliasForm aliasForm, FormErrors aliasErrors) {
		model.addAttribute("customAirports", airports.listCustom(user.id()));
		model.addAttribute("aliases", airports.listAliases(user.id()));
		model.addAttribute("customForm", customForm);
		model.addAttribute("customErrors", customErrors);
		model.addAttribute("aliasForm", aliasForm);
		model.addAttribute("aliasErrors", aliasErrors);
		return "airports/list";
	}

	/** What the pilot typed as a number; anything else is left to the module to name. */
	private static @Nullable Double decimal(@Nullable String typed) {
		try {
			return typed == null || typed.isBlank() ? null : Double.valueOf(typed.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The custom-airport form's fields as typed; Spring binds it by setter. */
	public static class CustomAirportForm {

		private String code = "";

		private String name = "";

		private String latitude = "";

		private String longitude = "";

		public String getCode() {
			return code;
		}

		public void setCode(String v) {
			code = v;
		}

		public String getName() {
			return name;
		}

		public void setName(String v) {
			name = v;
		}

		public String getLatitude() {
			return latitude;
		}

		public void setLatitude(String v) {
			latitude = v;
		}

		public String getLongitude() {
			return longitude;
		}

		public void setLongitude(String v) {
			longitude = v;
		}

	}

	/** The alias form's fields as typed. */
	public static class AliasForm {

		private String code = "";

		private String targetCode = "";

		public String getCode() {
			return code;
		}

		public void setCode(String v) {
			code = v;
		}

		public String getTargetCode() {
			return targetCode;
		}

		public void setTargetCode(String v) {
			targetCode = v;
		}

	}

}
