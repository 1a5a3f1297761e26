package aero.hobbs.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount in an ISO 4217 currency, kept to the currency's minor unit (two decimals for
 * EUR and USD). Invalid amounts and unknown currencies cannot exist.
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("amount is required");
		}
		if (currency == null || !currency.matches("[A-Za-z]{3}")) {
			throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code, e.g. EUR");
		}
		currency = currency.toUpperCase(Locale.ROOT);
		int digits;
		try {
			digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(currency + " is not an ISO 4217 currency code");
		}
		if (amount.stripTrailingZeros().scale() > digits) {
			throw new IllegalArgumentException(
					"amount has more decimals than " + currency + " allows (" + digits + ")");
		}
		amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
	}

	/** Parses an amount written as a decimal string, e.g. "4.00". */
	public static Money of(String amount, String currency) {
		BigDecimal parsed;
		try {
			parsed = new BigDecimal(amount == null ? "" : amount.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("amount must be a decimal number written as a string, e.g. \"4.00\"");
		}
		return new Money(parsed, currency);
	}

	public Money times(long count) {
		return new Money(amount.multiply(BigDecimal.valueOf(count)), currency);
	}

	/** The amount as a plain decimal string, e.g. "4.00". */
	public String formatted() {
		return amount.toPlainString();
	}

}
