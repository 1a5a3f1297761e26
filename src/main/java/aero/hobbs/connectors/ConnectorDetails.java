package aero.hobbs.connectors;

import org.jspecify.annotations.Nullable;

/**
 * What the platform admin sets on a connector, as sent. On an edit, null members are left
 * as they are; a price then starts from the first day of the current month.
 */
public record ConnectorDetails(@Nullable String name, @Nullable String endpointCheckuser,
		@Nullable String endpointGetnewids, @Nullable Integer accessPlan, @Nullable Price monthlyUserPrice) {

	/**
	 * A price as sent: the amount as a decimal string ("4.00") and an ISO 4217 currency.
	 */
	public record Price(@Nullable String amount, @Nullable String currency) {
	}

}
