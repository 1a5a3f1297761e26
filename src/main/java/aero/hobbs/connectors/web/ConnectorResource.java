package aero.hobbs.connectors.web;

import java.time.Instant;
import java.util.List;

import aero.hobbs.connectors.Connector;
import aero.hobbs.connectors.ConnectorPrice;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A connector as the admin API shows it; {@code api_key} only when just created or
 * rotated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConnectorResource(String key, String name, String endpointCheckuser, String endpointGetnewids, int accessPlan,
		@Nullable PriceResource monthlyUserPrice, List<PriceResource> prices, String apiKeyPrefix,
		@Nullable String apiKey, Instant createdAt, Instant updatedAt) {

	static final String TYPE = "connector";

	static ApiResource<ConnectorResource> of(Connector connector, List<ConnectorPrice> prices,
			@Nullable String apiKey) {
		List<PriceResource> all = prices.stream().map(PriceResource::of).toList();
		return new ApiResource<>(Long.toString(connector.id()), TYPE,
				new ConnectorResource(connector.key(), connector.name(), connector.endpointCheckuser(),
						connector.endpointGetnewids(), connector.accessPlan(), all.isEmpty() ? null : all.getLast(),
						all, connector.apiKeyPrefix(), apiKey, connector.createdAt(), connector.updatedAt()));
	}

	static ApiDocument<ConnectorResource> document(Connector connector, List<ConnectorPrice> prices,
			@Nullable String apiKey) {
		return new ApiDocument<>(of(connector, prices, apiKey));
	}

	record PriceResource(String amount, String currency, String effectiveFrom) {

		static PriceResource of(ConnectorPrice price) {
			return new PriceResource(price.monthlyUserPrice().formatted(), price.monthlyUserPrice().currency(),
					price.effectiveFrom().toString());
		}

	}

}
