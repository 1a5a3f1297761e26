package aero.hobbs.webhooks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an admin sends to add or change an endpoint; on a change, a null field stays as it
 * is. {@code events} are wire names ({@code flight_log.created}).
 */
public record EndpointChanges(@Nullable String url, @Nullable String description, @Nullable List<String> events,
		@Nullable Boolean enabled) {
}
