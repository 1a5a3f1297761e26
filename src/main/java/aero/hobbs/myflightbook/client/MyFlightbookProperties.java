package aero.hobbs.myflightbook.client;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The MyFlightbook OAuth client Hobbs is registered as ({@code MFB_CLIENT_ID},
 * {@code MFB_CLIENT_SECRET}), where MyFlightbook runs ({@code MFB_BASE_URL}), and how
 * politely Hobbs calls it: {@code callSpacing} between two calls for one pilot (the seed
 * asks for at least 500 ms; MyFlightbook itself has no rate limit), a deadline and a size
 * cap per call, and how long before an access token expires it is refreshed. With
 * {@code warmUp} the server maps made-up flights once it has started (see
 * {@link ImportWarmUp}).
 */
@ConfigurationProperties("hobbs.myflightbook")
@Validated
record MyFlightbookProperties(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://myflightbook.com") URI baseUrl, @DefaultValue("500ms") Duration callSpacing,
		@DefaultValue("60s") Duration callTimeout, @DefaultValue("20MB") DataSize maxResponseSize,
		@DefaultValue("60s") Duration refreshBeforeExpiry, @DefaultValue("true") boolean warmUp) {

	/**
	 * Whether the operator registered Hobbs with MyFlightbook; without it nothing
	 * connects.
	 */
	boolean configured() {
		return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
	}

	URI endpoint(String path) {
		String base = baseUrl.toString();
		return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
	}

}
