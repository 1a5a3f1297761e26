package aero.hobbs.aircraft.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.accounts.Accounts;
import aero.hobbs.aircraft.CategoryClass;
import aero.hobbs.aircraft.FstdType;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.aircraft.fleet.FleetAircraftDetails;
import aero.hobbs.aircraft.fleet.FleetStatus;
import aero.hobbs.aircraft.fleet.FleetStatusChange;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.UserId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's fleet page (the aircraft with their status and rate, the add form,
 * status controls) and one aircraft's page (its status history and the edit form).
 */
@Controller
class FleetPages {

	private final Fleet fleet;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Accounts accounts;

	FleetPages(Fleet fleet, OrganizationAccess access, Organizations organizations, Accounts accounts) {
		this.fleet = fleet;
		this.access = access;
		this.organizations = organizations;
		this.accounts = accounts;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("categoryClasses", CategoryClass.values());
		model.addAttribute("fstdTypes", FstdType.values());
		model.addAttribute("statuses", FleetStatus.values());
	}

	@GetMapping("/organizations/{orgId}/fleet")
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, Model model) {
		return list(user, new OrganizationId(orgId), model, FleetForm.empty(), FormErrors.none());
	}

	@PostMapping("/organizations/{orgId}/fleet")
	String add(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @ModelAttribute FleetForm form,
			Model model, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			FleetAircraft added = fleet.add(organization, user.id(), form.details());
			redirect.addFlashAttribute("notice", "Added " + added.registration() + " to the fleet.");
		}
		catch (InvalidInput | Conflict e) {
			return list(user, organization, model, form, FormErrors.of(e));
		}
		return "redirect:/organizations/" + orgId + "/fleet";
	}

	@GetMapping("/organizations/{orgId}/fleet/{aircraftId}")
	String aircraft(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID aircraftId,
			Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		return aircraft(user, organization, aircraftId, model, null, FormErrors.none());
	}

	@PostMapping("/organizations/{orgId}/fleet/{aircraftId}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID aircraftId,
			@ModelAttribute FleetForm form, Model model, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			FleetAircraft saved = fleet.update(organization, user.id(), aircraftId, form.details());
			redirect.addFlashAttribute("notice", "Saved " + saved.registration() + ".");
		}
		catch (InvalidInput | Conflict e) {
			return aircraft(user, organization, aircraftId, model, form, FormErrors.of(e));
		}
		return "redirect:/organizations/" + orgId + "/fleet/" + aircraftId;
	}

	@PostMapping("/organizations/{orgId}/fleet/{aircraftId}/status")
	String changeStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID aircraftId, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			FleetAircraft changed = fleet.changeStatus(organization, user.id(), aircraftId,
					status == null ? null : FleetStatus.fromWire(status).orElse(null), note);
			redirect.addFlashAttribute("notice", changed.registration() + " is " + changed.status().label() + ".");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("problem", e.issues().getFirst().issue());
		}
		return "redirect:/organizations/" + orgId + "/fleet" + ("aircraft".equals(back) ? "/" + aircraftId : "");
	}

	@PostMapping("/organizations/{orgId}/fleet/{aircraftId}/delete")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID aircraftId,
			RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		String registration = fleet.find(organization, user.id(), aircraftId).registration();
		fleet.remove(organization, user.id(), aircraftId);
		redirect.addFlashAttribute("notice",
				registration + " was removed from the fleet; flights logged in it keep their registration.");
		return "redirect:/organizations/" + orgId + "/fleet";
	}

	private String list(SignedInUser user, OrganizationId organization, Model model, FleetForm form,
			FormErrors errors) {
		model.addAttribute("member", access.require(organization, user.id(), Permission.FLEET_VIEW));
		model.addAttribute("org", organizations.settings(organization));
		model.addAttribute("fleet", fleet.list(organization, user.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "aircraft/fleet";
	}

	private String aircraft(SignedInUser user, OrganizationId organization, UUID aircraftId, Model model,
			@Nullable FleetForm form, FormErrors errors) {
		model.addAttribute("member", access.require(organization, user.id(), Permission.FLEET_VIEW));
		model.addAttribute("org", organizations.settings(organization));
		FleetAircraft aircraft = fleet.find(organization, user.id(), aircraftId);
		List<FleetStatusChange> history = fleet.history(organization, user.id(), aircraftId);
		model.addAttribute("aircraft", aircraft);
		model.addAttribute("history", history);
		Map<UUID, String> names = new HashMap<>();
		accounts.findAll(history.stream().map(change -> new UserId(change.changedBy())).toList())
			.forEach((id, account) -> names.put(id.value(), account.name()));
		model.addAttribute("names", names);
		model.addAttribute("form", form == null ? FleetForm.of(aircraft) : form);
		model.addAttribute("errors", errors);
		return "aircraft/fleet-aircraft";
	}

	/** The add and edit forms' fields as typed. */
	record FleetForm(@Nullable String registration, @Nullable String typeCode, @Nullable String model,
			@Nullable String categoryClass, @Nullable Boolean simulator, @Nullable String fstdType,
			@Nullable String hourlyRate) {

		static FleetForm empty() {
			return new FleetForm("", "", "", "asel", false, "", "");
		}

		static FleetForm of(FleetAircraft a) {
			FleetAircraftDetails d = FleetAircraftDetails.of(a);
			return new FleetForm(d.registration(), d.typeCode(), d.model(), d.categoryClass(), d.simulator(),
					d.fstdType(), d.hourlyRate());
		}

		FleetAircraftDetails details() {
			return new FleetAircraftDetails(registration, typeCode, model, categoryClass, simulator,
					fstdType == null || fstdType.isBlank() ? null : fstdType, hourlyRate);
		}

	}

}
