package aero.hobbs.organizations.web;

import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.apiaccess.ApiAccessPlans;
import aero.hobbs.organizations.apiaccess.ApiPlan;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin's organizations page (users listed in {@code HOBBS_ADMIN_EMAILS}):
 * every organization with its API access plan, and a form per organization to enable,
 * change or disable it.
 */
@Controller
class AdminOrganizationPages {

	private final ApiAccessPlans plans;

	AdminOrganizationPages(ApiAccessPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/admin/organizations")
	String list(Model model) {
		return page(model, null, FormErrors.none());
	}

	@PostMapping("/admin/organizations/{id}/api-access")
	String enable(@PathVariable UUID id, @RequestParam(required = false) @Nullable String plan,
			@RequestParam(name = "requestsPerHour", required = false) @Nullable String requestsPerHour, Model model,
			RedirectAttributes redirect) {
		try {
			plans.enable(new OrganizationId(id), plan, limit(requestsPerHour));
		}
		catch (InvalidInput e) {
			return page(model, id, FormErrors.of(e));
		}
		redirect.addFlashAttribute("notice", "API access is enabled on the " + plan + " plan.");
		return "redirect:/admin/organizations";
	}

	@PostMapping("/admin/organizations/{id}/api-access/delete")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		plans.disable(new OrganizationId(id));
		redirect.addFlashAttribute("notice", "API access is disabled; the organization's keys stopped working.");
		return "redirect:/admin/organizations";
	}

	private static @Nullable Long limit(@Nullable String requestsPerHour) {
		if (requestsPerHour == null || requestsPerHour.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(requestsPerHour.trim().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("requests_per_hour", "Give a whole number of requests per hour");
		}
	}

	private String page(Model model, @Nullable UUID failed, FormErrors errors) {
		model.addAttribute("organizations", plans.organizations());
		model.addAttribute("plans", ApiPlan.values());
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		return "organizations/admin-organizations";
	}

}
