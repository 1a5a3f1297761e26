package aero.hobbs.accounting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.accounting.InvoiceId;
import aero.hobbs.accounting.MoneyInput;
import aero.hobbs.accounting.invoices.FlightInvoices;
import aero.hobbs.accounting.invoices.Invoice;
import aero.hobbs.accounting.invoices.InvoiceDetails;
import aero.hobbs.accounting.invoices.InvoiceFilter;
import aero.hobbs.accounting.invoices.InvoiceLifecycle;
import aero.hobbs.accounting.invoices.InvoiceLine;
import aero.hobbs.accounting.invoices.InvoiceLineDetails;
import aero.hobbs.accounting.invoices.Invoices;
import aero.hobbs.accounting.invoices.PaymentDetails;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.DomainException;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
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

/**
 * The invoices pages: the list (with the new-invoice and draft-from-flight forms for
 * those who manage accounting) and one invoice with its lines, totals and actions. A
 * member without accounting access sees only their own issued invoices.
 */
@Controller
class InvoicePages {

	private static final int PAGE_SIZE = 50;

	private final Invoices invoices;

	private final InvoiceLifecycle lifecycle;

	private final FlightInvoices flightInvoices;

	private final OrganizationPage page;

	InvoicePages(Invoices invoices, InvoiceLifecycle lifecycle, FlightInvoices flightInvoices, OrganizationPage page) {
		this.invoices = invoices;
		this.lifecycle = lifecycle;
		this.flightInvoices = flightInvoices;
		this.page = page;
	}

	@GetMapping("/organizations/{orgId}/invoices")
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "flight_id", required = false) @Nullable String flightId, Model model) {
		model.addAttribute("flightId", flightId == null ? "" : flightId);
		return list(user, new OrganizationId(orgId), status, model, FormErrors.none());
	}

	private String list(SignedInUser user, OrganizationId organization, @Nullable String status, Model model,
			FormErrors errors) {
		Member member = page.show(organization, user, Permission.ACCOUNTING_VIEW_OWN, "invoices", model);
		model.addAttribute("invoices",
				invoices.list(organization, user.id(), new InvoiceFilter(null, null, status, null), 0, PAGE_SIZE)
					.items());
		model.addAttribute("status", status == null ? "" : status);
		if (member.can(Permission.ACCOUNTING_MANAGE)) {
			model.addAttribute("members", page.members(organization, user));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("form", model.containsAttribute("form") ? model.getAttribute("form") : new DraftForm());
		if (!model.containsAttribute("flightId")) {
			model.addAttribute("flightId", "");
		}
		return "accounting/invoices";
	}

	@PostMapping("/organizations/{orgId}/invoices")
	String draft(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, DraftForm form, Model model,
			RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			Invoice drafted = invoices.draft(organization, user.id(), form.draft());
			redirect.addFlashAttribute("notice", "Drafted an invoice to " + drafted.billToName() + ".");
			return "redirect:/organizations/" + orgId + "/invoices/" + drafted.id();
		}
		catch (InvalidInput | Conflict e) {
			model.addAttribute("form", form);
			return list(user, organization, null, model, FormErrors.of(e));
		}
	}

	@PostMapping("/organizations/{orgId}/invoices/from-flight")
	String draftFromFlight(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(name = "flight_id", defaultValue = "") String flightId, Model model,
			RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			Invoice drafted = flightInvoices.draftFromFlight(organization, user.id(), flightId.trim(),
					new InvoiceDetails(null, null, null, null));
			redirect.addFlashAttribute("notice", "Drafted the invoice for the flight.");
			return "redirect:/organizations/" + orgId + "/invoices/" + drafted.id();
		}
		catch (InvalidInput | Conflict | NotFound e) {
			model.addAttribute("flightId", flightId);
			return list(user, organization, null, model, flightErrors(e));
		}
	}

	@GetMapping("/organizations/{orgId}/invoices/{invoiceId}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID invoiceId,
			Model model) {
		return show(user, new OrganizationId(orgId), new InvoiceId(invoiceId), model, FormErrors.none(),
				new LineForm());
	}

	private String show(SignedInUser user, OrganizationId organization, InvoiceId id, Model model, FormErrors errors,
			LineForm line) {
		page.show(organization, user, Permission.ACCOUNTING_VIEW_OWN, "invoices", model);
		model.addAttribute("invoice", invoices.find(organization, user.id(), id));
		model.addAttribute("errors", errors);
		model.addAttribute("line", line);
		return "accounting/invoice";
	}

	@PostMapping("/organizations/{orgId}/invoices/{invoiceId}/lines")
	String addLine(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID invoiceId,
			LineForm line, Model model, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		InvoiceId id = new InvoiceId(invoiceId);
		try {
			Invoice current = invoices.find(organization, user.id(), id);
			List<InvoiceLineDetails> lines = new ArrayList<>(
					current.lines().stream().map(InvoicePages::given).toList());
			lines.add(line.details());
			invoices.update(organization, user.id(), id, new InvoiceDetails(null, null, null, lines));
		}
		catch (InvalidInput | Conflict e) {
			return show(user, organization, id, model, lineErrors(e), line);
		}
		return "redirect:/organizations/" + orgId + "/invoices/" + invoiceId;
	}

	@PostMapping("/organizations/{orgId}/invoices/{invoiceId}/lines/{index}/delete")
	String removeLine(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invoiceId, @PathVariable int index) {
		OrganizationId organization = new OrganizationId(orgId);
		InvoiceId id = new InvoiceId(invoiceId);
		Invoice current = invoices.find(organization, user.id(), id);
		List<InvoiceLineDetails> lines = new ArrayList<>(current.lines().stream().map(InvoicePages::given).toList());
		if (index >= 0 && index < lines.size()) {
			lines.remove(index);
		}
		invoices.update(organization, user.id(), id, new InvoiceDetails(null, null, null, lines));
		return "redirect:/organizations/" + orgId + "/invoices/" + invoiceId;
	}

	@PostMapping("/organizations/{orgId}/invoices/{invoiceId}/issue")
	String issue(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID invoiceId,
			RedirectAttributes redirect) {
		Invoice issued = lifecycle.issue(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId));
		redirect.addFlashAttribute("notice", "Issued invoice " + issued.number() + ".");
		return "redirect:/organizations/" + orgId + "/invoices/" + invoiceId;
	}

	@PostMapping("/organizations/{orgId}/invoices/{invoiceId}/pay")
	String pay(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID invoiceId,
			@RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		Invoice paid = lifecycle.pay(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId),
				new PaymentDetails(null, method, note));
		redirect.addFlashAttribute("notice", "Invoice " + paid.number() + " is marked paid.");
		return "redirect:/organizations/" + orgId + "/invoices/" + invoiceId;
	}

	@PostMapping("/organizations/{orgId}/invoices/{invoiceId}/void")
	String voidInvoice(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invoiceId, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		lifecycle.voidInvoice(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId), reason);
		redirect.addFlashAttribute("notice", "The invoice is void.");
		return "redirect:/organizations/" + orgId + "/invoices/" + invoiceId;
	}

	@PostMapping("/organizations/{orgId}/invoices/{invoiceId}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId, @PathVariable UUID invoiceId,
			RedirectAttributes redirect) {
		invoices.delete(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId));
		redirect.addFlashAttribute("notice", "The draft was deleted.");
		return "redirect:/organizations/" + orgId + "/invoices";
	}

	/** The line form's errors by its own field names (the new line is the last one). */
	private static FormErrors lineErrors(DomainException e) {
		FormErrors errors = FormErrors.of(e);
		Map<String, String> byField = new LinkedHashMap<>();
		errors.byField().forEach((field, issue) -> byField.put(field.replaceFirst("^lines\\[\\d+]\\.", ""), issue));
		return new FormErrors(byField);
	}

	private static FormErrors flightErrors(DomainException e) {
		if (e instanceof NotFound) {
			return new FormErrors(Map.of("from_flight_id", "No flight with this id in the organization"));
		}
		return FormErrors.of(e);
	}

	private static InvoiceLineDetails given(InvoiceLine line) {
		return new InvoiceLineDetails(line.description(), line.quantity().toPlainString(),
				new MoneyInput(line.unitPrice().formatted(), line.unitPrice().currency()),
				line.taxRate().toPlainString(), line.aircraftId() == null ? null : line.aircraftId().toString());
	}

	/** One invoice line as typed in a form. */
	public static class LineForm {

		private String description = "";

		private String quantity = "1";

		private String unitPrice = "";

		private String taxRate = "";

		InvoiceLineDetails details() {
			return new InvoiceLineDetails(description, quantity, MoneyInput.of(unitPrice), taxRate, null);
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String v) {
			description = v;
		}

		public String getQuantity() {
			return quantity;
		}

		public void setQuantity(String v) {
			quantity = v;
		}

		public String getUnitPrice() {
			return unitPrice;
		}

		public void setUnitPrice(String v) {
			unitPrice = v;
		}

		public String getTaxRate() {
			return taxRate;
		}

		public void setTaxRate(String v) {
			taxRate = v;
		}

	}

	/**
	 * A new draft as typed: the member, a due date, notes and a first line (optional).
	 */
	public static class DraftForm extends LineForm {

		private String memberId = "";

		private String dueDate = "";

		private String notes = "";

		InvoiceDetails draft() {
			boolean noLine = getDescription().isBlank() && getUnitPrice().isBlank();
			return new InvoiceDetails(memberId, dueDate, notes, noLine ? List.of() : List.of(super.details()));
		}

		public String getMemberId() {
			return memberId;
		}

		public void setMemberId(String v) {
			memberId = v;
		}

		public String getDueDate() {
			return dueDate;
		}

		public void setDueDate(String v) {
			dueDate = v;
		}

		public String getNotes() {
			return notes;
		}

		public void setNotes(String v) {
			notes = v;
		}

	}

}
