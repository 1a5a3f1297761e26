package aero.hobbs.accounting.web;

import java.time.YearMonth;
import java.util.UUID;

import aero.hobbs.accounting.summary.MonthlySummaries;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The monthly summary page: a month's totals, per aircraft, and the last 12 months. */
@Controller
class SummaryPages {

	private final MonthlySummaries summaries;

	private final OrganizationPage page;

	SummaryPages(MonthlySummaries summaries, OrganizationPage page) {
		this.summaries = summaries;
		this.page = page;
	}

	@GetMapping("/organizations/{orgId}/summary")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String month, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		page.show(organization, user, Permission.ACCOUNTING_VIEW, "summary", model);
		YearMonth shown = summaries.parseMonth(organization, month);
		model.addAttribute("summary", summaries.of(organization, user.id(), shown));
		model.addAttribute("chart", SummaryChart.of(summaries.trend(organization, user.id(), shown, 12)));
		model.addAttribute("month", shown.toString());
		model.addAttribute("previous", shown.minusMonths(1).toString());
		model.addAttribute("next", shown.plusMonths(1).toString());
		return "accounting/summary";
	}

}
