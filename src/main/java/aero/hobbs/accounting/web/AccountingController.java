package aero.hobbs.accounting.web;

import java.util.UUID;

import aero.hobbs.accounting.MoneyInput;
import aero.hobbs.accounting.invoices.AccountingRates;
import aero.hobbs.accounting.invoices.RateDetails;
import aero.hobbs.accounting.summary.MonthlySummaries;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/organizations/{orgId}/accounting")
@Tag(name = "Accounting", description = "An organization's monthly summary, and the rates invoices charge")
@SecurityRequirement(name = "apiKey")
class AccountingController {

	private final MonthlySummaries summaries;

	private final AccountingRates rates;

	AccountingController(MonthlySummaries summaries, AccountingRates rates) {
		this.summaries = summaries;
		this.rates = rates;
	}

	@GetMapping("/summary")
	@Operation(summary = "A month's revenue (invoices issued, not void), payments, expenses and net, per aircraft",
			description = "month is YYYY-MM in the organization's time zone; the current month when absent")
	@RequiresPermission(Permission.ACCOUNTING_VIEW)
	ApiDocument<SummaryResource> summary(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) @Nullable String month) {
		return new ApiDocument<>(SummaryResource.of(summaries.of(new OrganizationId(orgId), user.id(), month)));
	}

	@GetMapping("/rates")
	@Operation(summary = "The instructor rates and the default tax rate of invoices drafted from flights")
	@RequiresPermission(Permission.ACCOUNTING_VIEW)
	ApiDocument<RatesResource> rates(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		return new ApiDocument<>(RatesResource.of(organization, rates.rates(organization, user.id())));
	}

	@PatchMapping("/rates")
	@Operation(summary = "Set the default instructor hourly rate (an empty amount removes it) and the default tax rate")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ApiDocument<RatesResource> setDefaults(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestBody RateDetails details) {
		OrganizationId organization = new OrganizationId(orgId);
		return new ApiDocument<>(RatesResource.of(organization, rates.setDefaults(organization, user.id(), details)));
	}

	@PutMapping("/rates/instructors/{userId}")
	@Operation(summary = "Set one instructor's hourly rate, which replaces the default for their instruction")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ApiDocument<RatesResource> setInstructorRate(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID userId, @RequestBody InstructorRateRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return new ApiDocument<>(RatesResource.of(organization, rates.setInstructorRate(organization, user.id(),
				new UserId(userId), request.hourlyRate() == null ? MoneyInput.of(null) : request.hourlyRate())));
	}

	@DeleteMapping("/rates/instructors/{userId}")
	@Operation(summary = "Remove one instructor's own rate; their instruction is charged at the default")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ResponseEntity<Void> removeInstructorRate(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID userId) {
		rates.removeInstructorRate(new OrganizationId(orgId), user.id(), new UserId(userId));
		return ResponseEntity.noContent().build();
	}

	record InstructorRateRequest(@Nullable MoneyInput hourlyRate) {
	}

}
