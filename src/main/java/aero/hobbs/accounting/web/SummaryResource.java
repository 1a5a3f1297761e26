package aero.hobbs.accounting.web;

import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.summary.MonthlySummary;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of an {@code accounting_summary} resource (its id is the month,
 * YYYY-MM): revenue is the net of invoices issued in the month and not void; paid is the
 * totals of invoices paid in the month.
 */
record SummaryResource(String month, String currency, Amount revenue, Amount taxInvoiced, Amount invoicedTotal,
		int invoicesIssued, Amount paid, int invoicesPaid, Amount expenses, Amount net, List<Aircraft> perAircraft,
		List<Category> expensesByCategory) {

	record Aircraft(UUID aircraftId, @Nullable String registration, Amount revenue, Amount expenses, Amount net) {
	}

	record Category(String category, Amount amount) {
	}

	static ApiResource<SummaryResource> of(MonthlySummary s) {
		return new ApiResource<>(s.month().toString(), "accounting_summary",
				new SummaryResource(s.month().toString(), s.currency(), Amount.of(s.revenue()),
						Amount.of(s.taxInvoiced()), Amount.of(s.invoicedTotal()), s.invoicesIssued(),
						Amount.of(s.paid()), s.invoicesPaid(), Amount.of(s.expenses()), Amount.of(s.net()),
						s.perAircraft()
							.stream()
							.map(a -> new Aircraft(a.aircraftId(), a.registration(), Amount.of(a.revenue()),
									Amount.of(a.expenses()), Amount.of(a.net())))
							.toList(),
						s.expensesByCategory()
							.stream()
							.map(c -> new Category(c.category().wireName(), Amount.of(c.amount())))
							.toList()));
	}
}
