package aero.hobbs.connectors;

import java.time.Instant;

/**
 * A partner system that may push allowed users and serve their flights. {@code id} and
 * {@code key} are what partners see in {@code import-emails} answers; the API key itself
 * is never stored, only its prefix (to recognise it) and its SHA-256.
 */
public record Connector(long id, String key, String name, String endpointCheckuser, String endpointGetnewids,
		int accessPlan, String apiKeyPrefix, Instant createdAt, Instant updatedAt) {
}
