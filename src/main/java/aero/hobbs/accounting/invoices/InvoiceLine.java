package aero.hobbs.accounting.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * One line of an invoice. {@code net} is quantity × unit price and {@code tax} is net ×
 * tax rate / 100, each rounded to the currency's minor unit HALF_UP on this line; the
 * invoice's totals are the sums of its lines' rounded amounts. {@code aircraftId} names
 * the fleet aircraft the line charges for, if any.
 */
public record InvoiceLine(String description, BigDecimal quantity, Money unitPrice, BigDecimal taxRate, Money net,
		Money tax, Money total, @Nullable UUID aircraftId) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static InvoiceLine of(String description, BigDecimal quantity, Money unitPrice, BigDecimal taxRate,
			@Nullable UUID aircraftId) {
		int digits = unitPrice.amount().scale();
		Money net = new Money(quantity.multiply(unitPrice.amount()).setScale(digits, RoundingMode.HALF_UP),
				unitPrice.currency());
		Money tax = new Money(net.amount().multiply(taxRate).divide(HUNDRED).setScale(digits, RoundingMode.HALF_UP),
				unitPrice.currency());
		return new InvoiceLine(description, quantity.stripTrailingZeros(), unitPrice, taxRate.stripTrailingZeros(), net,
				tax, new Money(net.amount().add(tax.amount()), unitPrice.currency()), aircraftId);
	}

	/** The quantity as written on the invoice, e.g. "1.5". */
	public String quantityText() {
		return quantity.toPlainString();
	}

	public String taxRateText() {
		return taxRate.toPlainString();
	}

}
