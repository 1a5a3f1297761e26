package aero.hobbs.accounting.invoices;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A draft invoice as given by a form or the API. When editing, a null field keeps what
 * the draft has ({@code lines} given replaces every line), and an empty {@code due_date}
 * or {@code notes} clears it.
 */
public record InvoiceDetails(@Nullable String memberId, @Nullable String dueDate, @Nullable String notes,
		@Nullable List<InvoiceLineDetails> lines) {
}
