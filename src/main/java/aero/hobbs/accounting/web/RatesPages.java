package aero.hobbs.accounting.web;

import java.util.UUID;

import aero.hobbs.accounting.MoneyInput;
import aero.hobbs.accounting.invoices.AccountingRates;
import aero.hobbs.accounting.invoices.RateDetails;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rates page: the default instructor rate, the default tax rate, per-instructor
 * rates.
 */
@Controller
class RatesPages {

	private final AccountingRates rates;

	private final OrganizationPage page;

	RatesPages(AccountingRates rates, OrganizationPage page) {
		this.rates = rates;
		this.page = page;
	}

	@GetMapping("/organizations/{orgId}/invoices/rates")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, Model model) {
		return show(user, new OrganizationId(orgId), model, FormErrors.none());
	}

	private String show(SignedInUser user, OrganizationId organization, Model model, FormErrors errors) {
		Member member = page.show(organization, user, Permission.ACCOUNTING_VIEW, "invoices", model);
		model.addAttribute("rates", rates.rates(organization, user.id()));
		model.addAttribute("members", page.members(organization, user));
		model.addAttribute("errors", errors);
		model.addAttribute("canManage", member.can(Permission.ACCOUNTING_MANAGE));
		return "accounting/rates";
	}

	@PostMapping("/organizations/{orgId}/invoices/rates")
	String setDefaults(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(name = "instructor_hourly_rate", defaultValue = "") String instructorRate,
			@RequestParam(name = "default_tax_rate", defaultValue = "0") String taxRate, Model model,
			RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			rates.setDefaults(organization, user.id(), new RateDetails(MoneyInput.of(instructorRate), taxRate));
		}
		catch (InvalidInput e) {
			return show(user, organization, model, FormErrors.of(e));
		}
		redirect.addFlashAttribute("notice", "Saved the rates.");
		return "redirect:/organizations/" + orgId + "/invoices/rates";
	}

	@PostMapping("/organizations/{orgId}/invoices/rates/instructors")
	String setInstructorRate(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(name = "instructor_id") UUID instructor,
			@RequestParam(name = "hourly_rate", defaultValue = "") String rate, Model model,
			RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			rates.setInstructorRate(organization, user.id(), new UserId(instructor), MoneyInput.of(rate));
		}
		catch (InvalidInput e) {
			return show(user, organization, model, FormErrors.of(e));
		}
		redirect.addFlashAttribute("notice", "Saved the instructor's rate.");
		return "redirect:/organizations/" + orgId + "/invoices/rates";
	}

	@PostMapping("/organizations/{orgId}/invoices/rates/instructors/{instructor}/delete")
	String removeInstructorRate(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID instructor, RedirectAttributes redirect) {
		rates.removeInstructorRate(new OrganizationId(orgId), user.id(), new UserId(instructor));
		redirect.addFlashAttribute("notice", "Removed the instructor's own rate; the default applies.");
		return "redirect:/organizations/" + orgId + "/invoices/rates";
	}

}
