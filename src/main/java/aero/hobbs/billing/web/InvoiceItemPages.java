package aero.hobbs.billing.web;

import java.time.YearMonth;
import java.util.List;

import aero.hobbs.billing.InvoiceItem;
import aero.hobbs.billing.Invoicing;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The platform admin's list of invoice items, filtered by month. */
@Controller
class InvoiceItemPages {

	private final Invoicing invoicing;

	InvoiceItemPages(Invoicing invoicing) {
		this.invoicing = invoicing;
	}

	@GetMapping("/admin/invoice-items")
	String list(@RequestParam(required = false) @Nullable String month, Model model) {
		model.addAttribute("month", month == null ? "" : month.trim());
		YearMonth filter;
		try {
			filter = MonthParameter.optional(month);
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", FormErrors.of(e));
			model.addAttribute("items", List.<InvoiceItem>of());
			return "billing/invoice-items";
		}
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("items", invoicing.list(filter, null));
		return "billing/invoice-items";
	}

}
