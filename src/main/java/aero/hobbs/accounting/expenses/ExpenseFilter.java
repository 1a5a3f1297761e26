package aero.hobbs.accounting.expenses;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the expense list, as given: {@code from}/{@code to} (YYYY-MM-DD, inclusive)
 * on the expense's date, a category, an aircraft id.
 */
public record ExpenseFilter(@Nullable String from, @Nullable String to, @Nullable String category,
		@Nullable String aircraftId) {

	public static final ExpenseFilter NONE = new ExpenseFilter(null, null, null, null);

}
