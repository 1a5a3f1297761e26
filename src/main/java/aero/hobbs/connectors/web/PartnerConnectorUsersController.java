package aero.hobbs.connectors.web;

import java.util.List;
import java.util.Locale;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.AllowedUsers.FeeEstimate;
import aero.hobbs.connectors.Connector;
import aero.hobbs.connectors.Connectors;
import aero.hobbs.connectors.EmailImport;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.web.PartnerApi;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The browser endpoint behind the partner staff's user page (seed 000 distinguishes it
 * from the bearer endpoint): it needs the signed-in session and the page's CSRF token,
 * and only a connector's admins reach its users (others get 404).
 */
@RestController
@PartnerApi
@Tag(name = "Partner connectors")
class PartnerConnectorUsersController {

	private final Connectors connectors;

	private final AllowedUsers allowedUsers;

	PartnerConnectorUsersController(Connectors connectors, AllowedUsers allowedUsers) {
		this.connectors = connectors;
		this.allowedUsers = allowedUsers;
	}

	@GetMapping({ "/api/partner-connector-users.php", "/api/partner-connector-users" })
	@Operation(summary = "A connector's allowed users and this month's fee warning (browser session)")
	UsersResponse users(@AuthenticationPrincipal SignedInUser staff,
			@RequestParam(name = "connector_id") long connectorId) {
		Connector connector = connectors.administered(staff.id(), connectorId);
		return new UsersResponse(ConnectorSummary.of(connector), allowedUsers.list(connectorId),
				Fees.of(allowedUsers.feeEstimate(connectorId)));
	}

	@PostMapping({ "/api/partner-connector-users.php", "/api/partner-connector-users" })
	@Operation(summary = "Add (action add) or remove (action remove) one allowed user (browser session + CSRF)")
	ChangeResponse change(@AuthenticationPrincipal SignedInUser staff, @RequestBody ChangeRequest request) {
		if (request.connectorId() == null) {
			throw new InvalidInput("connector_id", "Name the connector");
		}
		long id = connectors.administered(staff.id(), request.connectorId()).id();
		String action = request.action() == null ? "" : request.action().toLowerCase(Locale.ROOT);
		return switch (action) {
			case "add" -> {
				EmailImport.ImportedEmail user = allowedUsers.add(id, request.email());
				yield new ChangeResponse(user.status().equals("inserted") ? "User added." : "User already allowed.",
						user, null, Fees.of(allowedUsers.feeEstimate(id)));
			}
			case "remove" -> {
				boolean removed = allowedUsers.remove(id, request.email());
				yield new ChangeResponse(removed ? "User removed." : "That email was not an allowed user.", null,
						removed, Fees.of(allowedUsers.feeEstimate(id)));
			}
			default -> throw new InvalidInput("action", "Use \"add\" or \"remove\"");
		};
	}

	record ChangeRequest(@Nullable Long connectorId, @Nullable String action, @Nullable String email) {
	}

	record ConnectorSummary(String key, long id, String name, int accessPlan) {

		static ConnectorSummary of(Connector connector) {
			return new ConnectorSummary(connector.key(), connector.id(), connector.name(), connector.accessPlan());
		}

	}

	record UsersResponse(ConnectorSummary connector, List<AllowedUsers.AllowedUser> users, Fees fees) {
	}

	record ChangeResponse(String message, EmailImport.@Nullable ImportedEmail user, @Nullable Boolean removed,
			Fees fees) {
	}

	/** Seed 000's fee warning, in numbers. */
	record Fees(String month, int qualifiedUsers, int projectedUsers, @Nullable Amount unitPrice,
			@Nullable Amount currentCharge, @Nullable Amount projectedCharge, String warning) {

		static Fees of(FeeEstimate estimate) {
			String warning = estimate.unitPrice() == null ? "This connector has no price yet."
					: estimate.qualifiedUsers() + " allowed users qualify for " + estimate.month() + " so far ("
							+ Amount.text(estimate.currentCharge()) + "); if nobody is removed, "
							+ estimate.projectedUsers() + " will by the month's end ("
							+ Amount.text(estimate.projectedCharge())
							+ "). Every user who stays registered for more than 2 days is billed at "
							+ Amount.text(estimate.unitPrice()) + ", even before they sync a flight.";
			return new Fees(estimate.month().toString(), estimate.qualifiedUsers(), estimate.projectedUsers(),
					Amount.of(estimate.unitPrice()), Amount.of(estimate.currentCharge()),
					Amount.of(estimate.projectedCharge()), warning);
		}

	}

	record Amount(String amount, String currency) {

		static @Nullable Amount of(@Nullable Money money) {
			return money == null ? null : new Amount(money.formatted(), money.currency());
		}

		static String text(@Nullable Money money) {
			return money == null ? "—" : money.formatted() + " " + money.currency();
		}

	}

}
