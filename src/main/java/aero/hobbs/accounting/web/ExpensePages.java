package aero.hobbs.accounting.web;

import java.util.UUID;

import aero.hobbs.accounting.MoneyInput;
import aero.hobbs.accounting.expenses.ExpenseCategory;
import aero.hobbs.accounting.expenses.ExpenseDetails;
import aero.hobbs.accounting.expenses.ExpenseFilter;
import aero.hobbs.accounting.expenses.Expenses;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expenses page: the list with a date and category filter, and the add form. */
@Controller
class ExpensePages {

	private final Expenses expenses;

	private final Fleet fleet;

	private final OrganizationPage page;

	ExpensePages(Expenses expenses, Fleet fleet, OrganizationPage page) {
		this.expenses = expenses;
		this.fleet = fleet;
		this.page = page;
	}

	@GetMapping("/organizations/{orgId}/expenses")
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String category, Model model) {
		return list(user, new OrganizationId(orgId), new ExpenseFilter(from, to, category, null), model,
				new ExpenseForm(), FormErrors.none());
	}

	private String list(SignedInUser user, OrganizationId organization, ExpenseFilter filter, Model model,
			ExpenseForm form, FormErrors errors) {
		Member member = page.show(organization, user, Permission.ACCOUNTING_VIEW, "expenses", model);
		model.addAttribute("expenses", expenses.list(organization, user.id(), filter, 0, 100).items());
		model.addAttribute("filter", filter);
		model.addAttribute("categories", ExpenseCategory.values());
		model.addAttribute("fleet", fleet.list(organization, user.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("canManage", member.can(Permission.ACCOUNTING_MANAGE));
		return "accounting/expenses";
	}

	@PostMapping("/organizations/{orgId}/expenses")
	String add(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, ExpenseForm form, Model model,
			RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			expenses.add(organization, user.id(), form.details());
		}
		catch (InvalidInput e) {
			return list(user, organization, ExpenseFilter.NONE, model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("notice", "Recorded the expense.");
		return "redirect:/organizations/" + orgId + "/expenses";
	}

	@PostMapping("/organizations/{orgId}/expenses/{expenseId}/delete")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID expenseId,
			RedirectAttributes redirect) {
		expenses.remove(new OrganizationId(orgId), user.id(), expenseId);
		redirect.addFlashAttribute("notice", "Removed the expense.");
		return "redirect:/organizations/" + orgId + "/expenses";
	}

	/** The add form as typed. */
	public static class ExpenseForm {

		private String category = "fuel";

		private String amount = "";

		private String date = "";

		private String aircraftId = "";

		private String note = "";

		ExpenseDetails details() {
			return new ExpenseDetails(category, MoneyInput.of(amount), date, aircraftId, note);
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String v) {
			category = v;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String v) {
			amount = v;
		}

		public String getDate() {
			return date;
		}

		public void setDate(String v) {
			date = v;
		}

		public String getAircraftId() {
			return aircraftId;
		}

		public void setAircraftId(String v) {
			aircraftId = v;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String v) {
			note = v;
		}

	}

}
