package aero.hobbs.accounting.web;

import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.InvoiceId;
import aero.hobbs.accounting.invoices.FlightInvoices;
import aero.hobbs.accounting.invoices.Invoice;
import aero.hobbs.accounting.invoices.InvoiceDetails;
import aero.hobbs.accounting.invoices.InvoiceFilter;
import aero.hobbs.accounting.invoices.InvoiceLifecycle;
import aero.hobbs.accounting.invoices.InvoiceLineDetails;
import aero.hobbs.accounting.invoices.InvoicePage;
import aero.hobbs.accounting.invoices.Invoices;
import aero.hobbs.accounting.invoices.PaymentDetails;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/v1/organizations/{orgId}/invoices")
@Tag(name = "Invoices", description = "An organization's invoices to its members: draft, issue, pay, void")
@SecurityRequirement(name = "apiKey")
class InvoiceController {

	private final Invoices invoices;

	private final InvoiceLifecycle lifecycle;

	private final FlightInvoices flightInvoices;

	InvoiceController(Invoices invoices, InvoiceLifecycle lifecycle, FlightInvoices flightInvoices) {
		this.invoices = invoices;
		this.lifecycle = lifecycle;
		this.flightInvoices = flightInvoices;
	}

	@GetMapping
	@Operation(summary = "List invoices, newest first; a member without accounting access sees their own issued ones",
			description = "from/to (YYYY-MM-DD, inclusive) filter on the issue date, or on the day a draft was created")
	@RequiresPermission(value = Permission.ACCOUNTING_VIEW, own = Permission.ACCOUNTING_VIEW_OWN)
	ApiList<InvoiceResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "member_id", required = false) @Nullable String memberId) {
		PageQuery query = new PageQuery(page, perPage);
		InvoicePage found = invoices.list(new OrganizationId(orgId), user.id(),
				new InvoiceFilter(from, to, status, memberId), query.offset(), query.perPage());
		return ApiList.of(query, found.items(), found.total(), InvoiceResource::of);
	}

	@PostMapping
	@Operation(summary = "Draft an invoice: to a member with lines, or from a flight with from_flight_id",
			description = "From a flight: the aircraft's hourly rate × block time, plus instruction time × the"
					+ " instructor's rate, billed to the flight's pilot; a flight already invoiced is a conflict")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ResponseEntity<ApiDocument<InvoiceResource>> draft(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody DraftInvoiceRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		Invoice drafted = request.fromFlightId() != null
				? flightInvoices.draftFromFlight(organization, user.id(), request.fromFlightId(), request.details())
				: invoices.draft(organization, user.id(), request.details());
		return ResponseEntity.status(HttpStatus.CREATED).body(new ApiDocument<>(InvoiceResource.of(drafted)));
	}

	@GetMapping("/{invoiceId}")
	@Operation(summary = "One invoice; a member without accounting access may read their own issued invoices")
	@RequiresPermission(value = Permission.ACCOUNTING_VIEW, own = Permission.ACCOUNTING_VIEW_OWN)
	ApiDocument<InvoiceResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invoiceId) {
		return document(invoices.find(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId)));
	}

	@PatchMapping("/{invoiceId}")
	@Operation(summary = "Change a draft: bill-to, due date, notes, or all its lines; an issued invoice is a conflict")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ApiDocument<InvoiceResource> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invoiceId, @RequestBody InvoiceDetails details) {
		return document(invoices.update(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId), details));
	}

	@DeleteMapping("/{invoiceId}")
	@Operation(summary = "Delete a draft; an issued invoice is voided instead, so its number stays")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invoiceId) {
		invoices.delete(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{invoiceId}/issue")
	@Operation(summary = "Issue a draft: it is dated today and gets the organization's next number, e.g. 2026-0001")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ApiDocument<InvoiceResource> issue(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invoiceId) {
		return document(lifecycle.issue(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId)));
	}

	@PostMapping("/{invoiceId}/pay")
	@Operation(summary = "Mark an issued invoice paid (paid_at defaults to now; method and note are optional)")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ApiDocument<InvoiceResource> pay(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invoiceId, @RequestBody(required = false) @Nullable PaymentDetails payment) {
		return document(lifecycle.pay(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId),
				payment == null ? PaymentDetails.NOW : payment));
	}

	@PostMapping("/{invoiceId}/void")
	@Operation(summary = "Void a draft or an issued invoice; an issued one keeps its number")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ApiDocument<InvoiceResource> voidInvoice(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID invoiceId, @RequestBody(required = false) @Nullable VoidRequest request) {
		return document(lifecycle.voidInvoice(new OrganizationId(orgId), user.id(), new InvoiceId(invoiceId),
				request == null ? null : request.reason()));
	}

	private static ApiDocument<InvoiceResource> document(Invoice invoice) {
		return new ApiDocument<>(InvoiceResource.of(invoice));
	}

	/**
	 * A new draft: {@code member_id} and {@code lines}, or {@code from_flight_id} (then
	 * the flight's pilot is billed and the lines are made from the flight).
	 */
	record DraftInvoiceRequest(@Nullable String memberId, @Nullable String dueDate, @Nullable String notes,
			@Nullable List<InvoiceLineDetails> lines, @Nullable String fromFlightId) {

		InvoiceDetails details() {
			return new InvoiceDetails(memberId, dueDate, notes, lines);
		}
	}

	record VoidRequest(@Nullable String reason) {
	}

}
