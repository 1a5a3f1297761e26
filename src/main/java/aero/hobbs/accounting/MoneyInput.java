package aero.hobbs.accounting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * An amount as given on the wire, {@code {"amount": "180.00", "currency": "EUR"}}: the
 * amount a decimal string, the currency optional (the organization's when absent) but,
 * when given, the organization's.
 */
public record MoneyInput(@Nullable String amount, @Nullable String currency) {

	public static MoneyInput of(@Nullable String amount) {
		return new MoneyInput(amount, null);
	}

	/**
	 * The amount in {@code currency}, or null with an issue on {@code field} when it is
	 * missing, not a number, in another currency, has more decimals than the currency
	 * allows, or is negative.
	 */
	public @Nullable Money toMoney(String field, String currency, List<FieldIssue> issues) {
		if (amount == null || amount.isBlank()) {
			issues.add(new FieldIssue(field, "Enter an amount in " + currency + ", e.g. \"180.00\""));
			return null;
		}
		if (this.currency != null && !this.currency.isBlank()
				&& !this.currency.trim().toUpperCase(Locale.ROOT).equals(currency)) {
			issues.add(new FieldIssue(field,
					"Use the organization's currency, " + currency + " (not " + this.currency.trim() + ")"));
			return null;
		}
		BigDecimal parsed;
		try {
			parsed = new BigDecimal(amount.trim());
		}
		catch (NumberFormatException e) {
			issues.add(new FieldIssue(field, "Write the amount as a decimal number, e.g. \"180.00\""));
			return null;
		}
		if (parsed.signum() < 0) {
			issues.add(new FieldIssue(field, "The amount cannot be negative"));
			return null;
		}
		try {
			return new Money(parsed, currency);
		}
		catch (IllegalArgumentException e) {
			issues.add(new FieldIssue(field, amount.trim() + " has more decimals than " + currency + " allows ("
					+ java.util.Currency.getInstance(currency).getDefaultFractionDigits() + ")"));
			return null;
		}
	}
}
