package aero.hobbs.accounting.web;

import java.util.UUID;

import aero.hobbs.accounting.expenses.ExpenseDetails;
import aero.hobbs.accounting.expenses.ExpenseFilter;
import aero.hobbs.accounting.expenses.ExpensePage;
import aero.hobbs.accounting.expenses.Expenses;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/organizations/{orgId}/expenses")
@Tag(name = "Expenses", description = "An organization's expenses: fuel, maintenance, insurance and more")
@SecurityRequirement(name = "apiKey")
class ExpenseController {

	private final Expenses expenses;

	ExpenseController(Expenses expenses) {
		this.expenses = expenses;
	}

	@GetMapping
	@Operation(summary = "List expenses, newest first; filter by date (from/to, inclusive), category, aircraft_id")
	@RequiresPermission(Permission.ACCOUNTING_VIEW)
	ApiList<ExpenseResource> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(name = "aircraft_id", required = false) @Nullable String aircraftId) {
		PageQuery query = new PageQuery(page, perPage);
		ExpensePage found = expenses.list(new OrganizationId(orgId), user.id(),
				new ExpenseFilter(from, to, category, aircraftId), query.offset(), query.perPage());
		return ApiList.of(query, found.items(), found.total(), ExpenseResource::of);
	}

	@PostMapping
	@Operation(summary = "Record an expense")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ResponseEntity<ApiDocument<ExpenseResource>> add(@AuthenticationPrincipal SignedInUser user,
			@PathVariable UUID orgId, @RequestBody ExpenseDetails details) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(ExpenseResource.of(expenses.add(new OrganizationId(orgId), user.id(), details))));
	}

	@GetMapping("/{expenseId}")
	@Operation(summary = "One expense")
	@RequiresPermission(Permission.ACCOUNTING_VIEW)
	ApiDocument<ExpenseResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID expenseId) {
		return new ApiDocument<>(ExpenseResource.of(expenses.find(new OrganizationId(orgId), user.id(), expenseId)));
	}

	@PutMapping("/{expenseId}")
	@Operation(summary = "Replace an expense's details")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ApiDocument<ExpenseResource> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID expenseId, @RequestBody ExpenseDetails details) {
		return new ApiDocument<>(
				ExpenseResource.of(expenses.update(new OrganizationId(orgId), user.id(), expenseId, details)));
	}

	@DeleteMapping("/{expenseId}")
	@Operation(summary = "Remove an expense")
	@RequiresPermission(Permission.ACCOUNTING_MANAGE)
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@PathVariable UUID expenseId) {
		expenses.remove(new OrganizationId(orgId), user.id(), expenseId);
		return ResponseEntity.noContent().build();
	}

}
