package aero.hobbs.connectors.web;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.ConnectorDetails;
import aero.hobbs.connectors.Connectors;
import aero.hobbs.connectors.CreatedConnector;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin's connector pages (users listed in {@code HOBBS_ADMIN_EMAILS}):
 * create and edit connectors, rotate keys (a new key is shown once), set prices and name
 * partner admins.
 */
@Controller
class AdminConnectorPages {

	private final Connectors connectors;

	private final AllowedUsers allowedUsers;

	AdminConnectorPages(Connectors connectors, AllowedUsers allowedUsers) {
		this.connectors = connectors;
		this.allowedUsers = allowedUsers;
	}

	@GetMapping("/admin/connectors")
	String list(Model model) {
		return page(model, new ConnectorForm(), FormErrors.none());
	}

	@PostMapping("/admin/connectors")
	String create(@ModelAttribute("form") ConnectorForm form, Model model, RedirectAttributes redirect) {
		CreatedConnector created;
		try {
			created = connectors.create(form.details());
		}
		catch (InvalidInput | Conflict e) {
			return page(model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("apiKey", created.apiKey());
		redirect.addFlashAttribute("notice", "Created " + created.connector().name()
				+ ". Copy its API key now and give it to the partner: it is not shown again.");
		return "redirect:/admin/connectors/" + created.connector().id();
	}

	@GetMapping("/admin/connectors/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("connector", connectors.find(id));
		model.addAttribute("prices", connectors.prices(id));
		model.addAttribute("admins", connectors.adminEmails(id));
		model.addAttribute("users", allowedUsers.list(id));
		model.addAttribute("fees", PartnerConnectorUsersController.Fees.of(allowedUsers.feeEstimate(id)));
		return "connectors/admin-connector";
	}

	@PostMapping("/admin/connectors/{id}")
	String update(@PathVariable long id, @ModelAttribute ConnectorForm form, RedirectAttributes redirect) {
		return act(id, redirect, "Saved.", () -> connectors.update(id, form.details()));
	}

	@PostMapping("/admin/connectors/{id}/rotate-key")
	String rotate(@PathVariable long id, RedirectAttributes redirect) {
		CreatedConnector rotated = connectors.rotateKey(id);
		redirect.addFlashAttribute("apiKey", rotated.apiKey());
		redirect.addFlashAttribute("notice",
				"The old key stopped working. Copy the new key now: it is not shown again.");
		return "redirect:/admin/connectors/" + id;
	}

	@PostMapping("/admin/connectors/{id}/admins")
	String addAdmin(@PathVariable long id, @RequestParam String email, RedirectAttributes redirect) {
		return act(id, redirect, email + " can now manage this connector's users.",
				() -> connectors.addAdmin(id, email));
	}

	@PostMapping("/admin/connectors/{id}/prices")
	String setPrice(@PathVariable long id, @RequestParam String amount, @RequestParam String currency,
			@RequestParam(name = "effective_from") String effectiveFrom, RedirectAttributes redirect) {
		return act(id, redirect, "Price set.", () -> {
			java.time.LocalDate from;
			try {
				from = java.time.LocalDate.parse(effectiveFrom);
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new InvalidInput("effective_from", "Date must be in YYYY-MM-DD format");
			}
			try {
				connectors.setPrice(id, aero.hobbs.shared.Money.of(amount, currency), from);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput("amount", e.getMessage());
			}
		});
	}

	private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInput | Conflict e) {
			redirect.addFlashAttribute("problem", String.join(" ", FormErrors.of(e).byField().values()));
		}
		return "redirect:/admin/connectors/" + id;
	}

	private String page(Model model, ConnectorForm form, FormErrors errors) {
		model.addAttribute("connectors", connectors.list());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "connectors/admin-connectors";
	}

	/** The connector form's fields as typed. */
	public static class ConnectorForm {

		private String name = "";

		private String endpointCheckuser = "";

		private String endpointGetnewids = "";

		private String accessPlan = "";

		private String amount = "";

		private String currency = "EUR";

		ConnectorDetails details() {
			Integer plan;
			try {
				plan = accessPlan.isBlank() ? null : Integer.valueOf(accessPlan.strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("access_plan", "Give the access plan as a whole number, e.g. 9999");
			}
			return new ConnectorDetails(name, endpointCheckuser, endpointGetnewids, plan,
					amount.isBlank() ? null : new ConnectorDetails.Price(amount, currency));
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEndpointCheckuser() {
			return endpointCheckuser;
		}

		public void setEndpointCheckuser(String endpointCheckuser) {
			this.endpointCheckuser = endpointCheckuser;
		}

		public String getEndpointGetnewids() {
			return endpointGetnewids;
		}

		public void setEndpointGetnewids(String endpointGetnewids) {
			this.endpointGetnewids = endpointGetnewids;
		}

		public String getAccessPlan() {
			return accessPlan;
		}

		public void setAccessPlan(String accessPlan) {
			this.accessPlan = accessPlan;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getCurrency() {
			return currency;
		}

		public void setCurrency(String currency) {
			this.currency = currency;
		}

	}

}
