package aero.hobbs.accounting.expenses;

import java.util.List;

/** One page of expenses and how many match in all. */
public record ExpensePage(List<Expense> items, long total) {
}
