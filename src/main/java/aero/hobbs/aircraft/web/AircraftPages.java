package aero.hobbs.aircraft.web;

import java.util.UUID;

import aero.hobbs.aircraft.AircraftDetails;
import aero.hobbs.aircraft.AircraftId;
import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.aircraft.CategoryClass;
import aero.hobbs.aircraft.FstdType;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The aircraft page: the list, and one form to add or edit an aircraft or simulator. */
@Controller
class AircraftPages {

	private final AircraftRegistry registry;

	AircraftPages(AircraftRegistry registry) {
		this.registry = registry;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("categoryClasses", CategoryClass.values());
		model.addAttribute("fstdTypes", FstdType.values());
	}

	@GetMapping("/aircraft")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("aircraft", registry.list(user.id()));
		return "aircraft/list";
	}

	@GetMapping("/aircraft/new")
	String newForm(Model model) {
		return form(model, new AircraftForm(), null, FormErrors.none());
	}

	@PostMapping("/aircraft")
	String add(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") AircraftForm form, Model model,
			RedirectAttributes redirect) {
		try {
			registry.add(user.id(), form.details());
		}
		catch (InvalidInput | Conflict e) {
			return form(model, form, null, FormErrors.of(e));
		}
		redirect.addFlashAttribute("notice", "Added " + form.getRegistration() + ".");
		return "redirect:/aircraft";
	}

	@GetMapping("/aircraft/{id}/edit")
	String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		return form(model, AircraftForm.of(registry.find(user.id(), new AircraftId(id))), id, FormErrors.none());
	}

	@PostMapping("/aircraft/{id}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@ModelAttribute("form") AircraftForm form, Model model, RedirectAttributes redirect) {
		try {
			registry.update(user.id(), new AircraftId(id), form.details());
		}
		catch (InvalidInput | Conflict e) {
			return form(model, form, id, FormErrors.of(e));
		}
		redirect.addFlashAttribute("notice", "Saved " + form.getRegistration() + ".");
		return "redirect:/aircraft";
	}

	@PostMapping("/aircraft/{id}/delete")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		registry.remove(user.id(), new AircraftId(id));
		redirect.addFlashAttribute("notice", "The aircraft was removed; flights logged in it keep their registration.");
		return "redirect:/aircraft";
	}

	private static String form(Model model, AircraftForm form, UUID id, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("aircraftId", id);
		model.addAttribute("errors", errors);
		return "aircraft/form";
	}

	/** The form's fields as typed; Spring binds it by setter, as forms bind. */
	public static class AircraftForm {

		private String registration = "";

		private String typeCode = "";

		private String model = "";

		private String categoryClass = "asel";

		private Integer engineCount = 1;

		private boolean tailwheel;

		private boolean complex;

		private boolean highPerformance;

		private boolean turbine;

		private boolean glassCockpit;

		private boolean simulator;

		private String fstdType = "";

		static AircraftForm of(aero.hobbs.aircraft.Aircraft a) {
			AircraftForm f = new AircraftForm();
			f.registration = a.registration();
			f.typeCode = a.typeCode();
			f.model = a.model() == null ? "" : a.model();
			f.categoryClass = a.categoryClass().wireName();
			f.engineCount = a.engineCount();
			f.tailwheel = a.tailwheel();
			f.complex = a.complex();
			f.highPerformance = a.highPerformance();
			f.turbine = a.turbine();
			f.glassCockpit = a.glassCockpit();
			f.simulator = a.simulator();
			f.fstdType = a.fstdType() == null ? "" : a.fstdType().wireName();
			return f;
		}

		AircraftDetails details() {
			return new AircraftDetails(registration, typeCode, model, categoryClass, engineCount, tailwheel, complex,
					highPerformance, turbine, glassCockpit, simulator,
					fstdType == null || fstdType.isBlank() ? null : fstdType);
		}

		public String getRegistration() {
			return registration;
		}

		public void setRegistration(String v) {
			registration = v;
		}

		public String getTypeCode() {
			return typeCode;
		}

		public void setTypeCode(String v) {
			typeCode = v;
		}

		public String getModel() {
			return model;
		}

		public void setModel(String v) {
			model = v;
		}

		public String getCategoryClass() {
			return categoryClass;
		}

		public void setCategoryClass(String v) {
			categoryClass = v;
		}

		public Integer getEngineCount() {
			return engineCount;
		}

		public void setEngineCount(Integer v) {
			engineCount = v;
		}

		public boolean isTailwheel() {
			return tailwheel;
		}

		public void setTailwheel(boolean v) {
			tailwheel = v;
		}

		public boolean isComplex() {
			return complex;
		}

		public void setComplex(boolean v) {
			complex = v;
		}

		public boolean isHighPerformance() {
			return highPerformance;
		}

		public void setHighPerformance(boolean v) {
			highPerformance = v;
		}

		public boolean isTurbine() {
			return turbine;
		}

		public void setTurbine(boolean v) {
			turbine = v;
		}

		public boolean isGlassCockpit() {
			return glassCockpit;
		}

		public void setGlassCockpit(boolean v) {
			glassCockpit = v;
		}

		public boolean isSimulator() {
			return simulator;
		}

		public void setSimulator(boolean v) {
			simulator = v;
		}

		public String getFstdType() {
			return fstdType;
		}

		public void setFstdType(String v) {
			fstdType = v;
		}

	}

}
