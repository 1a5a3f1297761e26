package aero.hobbs.billing.web;

import java.time.Instant;

import aero.hobbs.billing.InvoiceItem;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * An invoice item as the admin API shows it; amounts are decimal strings, as in
 * {@code monthly_user_price}.
 */
record InvoiceItemResource(long connectorId, @Nullable String connectorName, String month, int qualifiedUsers,
		Amount unitPrice, Amount total, Instant createdAt) {

	static final String TYPE = "invoice_item";

	static ApiResource<InvoiceItemResource> of(InvoiceItem item) {
		return new ApiResource<>(item.id().toString(), TYPE,
				new InvoiceItemResource(item.connectorId(), item.connectorName(), item.month().toString(),
						item.qualifiedUsers(), Amount.of(item.unitPrice()), Amount.of(item.total()), item.createdAt()));
	}

	record Amount(String amount, String currency) {

		static Amount of(Money money) {
			return new Amount(money.formatted(), money.currency());
		}

	}

}
