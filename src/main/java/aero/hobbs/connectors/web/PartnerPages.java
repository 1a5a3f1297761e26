package aero.hobbs.connectors.web;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.Connectors;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page where a partner's staff manage a connector's allowed users; it reads and
 * changes them through the browser endpoint {@code /api/partner-connector-users.php}.
 */
@Controller
class PartnerPages {

	private final Connectors connectors;

	private final AllowedUsers allowedUsers;

	PartnerPages(Connectors connectors, AllowedUsers allowedUsers) {
		this.connectors = connectors;
		this.allowedUsers = allowedUsers;
	}

	@GetMapping("/partner/connectors/{id}")
	String users(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Model model) {
		model.addAttribute("connector", connectors.administered(staff.id(), id));
		model.addAttribute("users", allowedUsers.list(id));
		model.addAttribute("fees", PartnerConnectorUsersController.Fees.of(allowedUsers.feeEstimate(id)));
		return "connectors/partner-users";
	}

}
