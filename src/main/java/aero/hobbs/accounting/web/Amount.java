package aero.hobbs.accounting.web;

import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * Money on the wire: {@code {"amount": "180.00", "currency": "EUR"}}, the amount a
 * string.
 */
record Amount(String amount, String currency) {

	static Amount of(Money money) {
		return new Amount(money.formatted(), money.currency());
	}

	static @Nullable Amount ofNullable(@Nullable Money money) {
		return money == null ? null : of(money);
	}

}
