package aero.hobbs.connectors.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.ConnectorDetails;
import aero.hobbs.connectors.Connectors;
import aero.hobbs.connectors.CreatedConnector;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.PageQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/connectors")
@Tag(name = "Admin: connectors", description = "Partner connectors, their keys, prices and partner admins")
@SecurityRequirement(name = "adminToken")
class AdminConnectorController {

	private final Connectors connectors;

	private final AllowedUsers allowedUsers;

	AdminConnectorController(Connectors connectors, AllowedUsers allowedUsers) {
		this.connectors = connectors;
		this.allowedUsers = allowedUsers;
	}

	@PostMapping
	@Operation(summary = "Create a connector; the answer carries its API key, shown this once")
	ResponseEntity<ApiDocument<ConnectorResource>> create(@RequestBody ConnectorRequest request) {
		CreatedConnector created = connectors.create(request.details());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ConnectorResource.document(created.connector(), connectors.prices(created.connector().id()),
					created.apiKey()));
	}

	@GetMapping
	@Operation(summary = "List connectors")
	ApiList<ConnectorResource> list(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), connectors.list(),
				connector -> ConnectorResource.of(connector, connectors.prices(connector.id()), null));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Show a connector")
	ApiDocument<ConnectorResource> show(@PathVariable long id) {
		return ConnectorResource.document(connectors.find(id), connectors.prices(id), null);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a connector; a monthly_user_price applies from the first day of this month")
	ApiDocument<ConnectorResource> update(@PathVariable long id, @RequestBody ConnectorRequest request) {
		return ConnectorResource.document(connectors.update(id, request.details()), connectors.prices(id), null);
	}

	@PostMapping("/{id}/rotate-key")
	@Operation(summary = "Replace the connector's API key; the old key stops working at once")
	ApiDocument<ConnectorResource> rotateKey(@PathVariable long id) {
		CreatedConnector rotated = connectors.rotateKey(id);
		return ConnectorResource.document(rotated.connector(), connectors.prices(id), rotated.apiKey());
	}

	@PostMapping("/{id}/prices")
	@Operation(summary = "Set the monthly user price from a date on (effective_from, YYYY-MM-DD)")
	ApiDocument<ConnectorResource> setPrice(@PathVariable long id, @RequestBody PriceRequest request) {
		connectors.setPrice(id, request.money("amount"), request.effectiveDate());
		return ConnectorResource.document(connectors.find(id), connectors.prices(id), null);
	}

	@PostMapping("/{id}/admins")
	@Operation(summary = "Let a Hobbs user (by email) manage the connector's allowed users in the browser")
	ApiDocument<AdminsResource> addAdmin(@PathVariable long id, @RequestBody AdminRequest request) {
		connectors.addAdmin(id, request.email());
		return ApiDocument.of(Long.toString(id), "connector_admins", new AdminsResource(connectors.adminEmails(id)));
	}

	@GetMapping("/{id}/users")
	@Operation(summary = "The connector's allowed users")
	ApiList<AllowedUsers.AllowedUser> users(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "100") int perPage) {
		connectors.find(id);
		return ApiList.slice(new PageQuery(page, perPage), allowedUsers.list(id),
				user -> new ApiResource<>(user.email(), "connector_user", user));
	}

	record ConnectorRequest(@Nullable String name, @Nullable String endpointCheckuser,
			@Nullable String endpointGetnewids, @Nullable Integer accessPlan, @Nullable PriceRequest monthlyUserPrice) {

		ConnectorDetails details() {
			return new ConnectorDetails(name, endpointCheckuser, endpointGetnewids, accessPlan, monthlyUserPrice == null
					? null : new ConnectorDetails.Price(monthlyUserPrice.amount(), monthlyUserPrice.currency()));
		}

	}

	record PriceRequest(@Nullable String amount, @Nullable String currency, @Nullable String effectiveFrom) {

		Money money(String field) {
			try {
				return Money.of(amount, currency);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput(field, e.getMessage());
			}
		}

		LocalDate effectiveDate() {
			try {
				return LocalDate.parse(effectiveFrom == null ? "" : effectiveFrom);
			}
			catch (DateTimeParseException e) {
				throw new InvalidInput("effective_from", "Date must be in YYYY-MM-DD format");
			}
		}

	}

	record AdminRequest(@Nullable String email) {
	}

	record AdminsResource(List<String> emails) {
	}

}
