package aero.hobbs.accounting.summary;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.expenses.ExpenseCategory;
import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * One month of an organization's books, read on the accrual basis: {@code revenue} is the
 * net (before tax) of the invoices issued in the month and not void, {@code expenses} the
 * expenses dated in the month, {@code net} the difference. {@code paid} is what invoices
 * paid in the month brought in (their totals with tax), whenever they were issued. Months
 * and days are the organization's time zone's.
 */
public record MonthlySummary(YearMonth month, String currency, Money revenue, Money taxInvoiced, Money invoicedTotal,
		int invoicesIssued, Money paid, int invoicesPaid, Money expenses, Money net, List<AircraftRow> perAircraft,
		List<CategoryRow> expensesByCategory) {

	/**
	 * An aircraft's month: revenue from invoice lines charging for it, expenses tied to
	 * it. {@code registration} is null once the aircraft has left the fleet.
	 */
	public record AircraftRow(UUID aircraftId, @Nullable String registration, Money revenue, Money expenses,
			Money net) {
	}

	public record CategoryRow(ExpenseCategory category, Money amount) {
	}

	/** One month's revenue and expenses, for the chart of the last months. */
	public record MonthRow(YearMonth month, Money revenue, Money expenses) {

		public Money net() {
			return new Money(revenue.amount().subtract(expenses.amount()), revenue.currency());
		}
	}

}
