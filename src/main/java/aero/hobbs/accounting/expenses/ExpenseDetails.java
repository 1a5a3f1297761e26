package aero.hobbs.accounting.expenses;

import aero.hobbs.accounting.MoneyInput;

import org.jspecify.annotations.Nullable;

/** An expense as given by a form or the API; every field is replaced on update. */
public record ExpenseDetails(@Nullable String category, @Nullable MoneyInput amount, @Nullable String date,
		@Nullable String aircraftId, @Nullable String note) {
}
