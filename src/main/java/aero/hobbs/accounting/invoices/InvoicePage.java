package aero.hobbs.accounting.invoices;

import java.util.List;

/** One page of invoices and how many match in all. */
public record InvoicePage(List<Invoice> items, long total) {
}
