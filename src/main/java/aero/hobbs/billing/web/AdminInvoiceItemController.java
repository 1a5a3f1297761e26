package aero.hobbs.billing.web;

import aero.hobbs.billing.Invoicing;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/invoice-items")
@Tag(name = "Admin: billing",
		description = "The monthly invoice item per connector: qualified users times the month's unit price")
@SecurityRequirement(name = "adminToken")
class AdminInvoiceItemController {

	private final Invoicing invoicing;

	AdminInvoiceItemController(Invoicing invoicing) {
		this.invoicing = invoicing;
	}

	@GetMapping
	@Operation(summary = "List invoice items, the latest month first")
	ApiList<InvoiceItemResource> list(
			@Parameter(description = "Only this month, YYYY-MM") @RequestParam(required = false) @Nullable String month,
			@Parameter(description = "Only this connector") @RequestParam(name = "connector_id",
					required = false) @Nullable Long connectorId,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), invoicing.list(MonthParameter.optional(month), connectorId),
				InvoiceItemResource::of);
	}

	@PostMapping("/run")
	@Operation(summary = "Invoice an ended month now and list its items",
			description = "Writes the items the month is missing (the daily job does the same at 00:30 UTC); items "
					+ "that exist are kept as they are, so running it again changes nothing. A month that has not "
					+ "ended yet (UTC) is refused.")
	ApiList<InvoiceItemResource> run(
			@Parameter(description = "The month to invoice, YYYY-MM",
					required = true) @RequestParam(required = false) @Nullable String month,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "100") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		return ApiList.slice(query, invoicing.invoiceMonth(MonthParameter.required(month)), InvoiceItemResource::of);
	}

}
