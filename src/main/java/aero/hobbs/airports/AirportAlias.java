package aero.hobbs.airports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A pilot's word for an airport: {@code code} (which the reference set does not know)
 * means the airport whose code is {@code targetCode}, a reference airport or one of the
 * pilot's custom airports. {@code target} is that airport, or null should a refresh of
 * the reference set have dropped it.
 */
public record AirportAlias(String code, String targetCode, @Nullable Airport target, Instant createdAt) {
}
