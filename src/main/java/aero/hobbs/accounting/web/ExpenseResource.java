package aero.hobbs.accounting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import aero.hobbs.accounting.expenses.Expense;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/** The attributes of an {@code expense} resource. */
record ExpenseResource(String category, Amount amount, LocalDate date, @Nullable UUID aircraftId, @Nullable String note,
		UUID createdBy, Instant createdAt, Instant updatedAt) {

	static ApiResource<ExpenseResource> of(Expense e) {
		return new ApiResource<>(e.id().toString(), "expense",
				new ExpenseResource(e.category().wireName(), Amount.of(e.amount()), e.date(), e.aircraftId(), e.note(),
						e.createdBy().value(), e.createdAt(), e.updatedAt()));
	}
}
