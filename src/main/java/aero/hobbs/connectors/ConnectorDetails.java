package aero.hobbs.connectors;

import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * What the platform admin sets on a connector. On an edit, null members are left as they
 * are; {@code monthlyUserPrice} then starts a new price from the current month on.
 */
public record ConnectorDetails(@Nullable String name, @Nullable String endpointCheckuser,
		@Nullable String endpointGetnewids, @Nullable Integer accessPlan, @Nullable Money monthlyUserPrice) {
}
