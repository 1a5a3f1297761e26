package aero.hobbs.connectors;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item a partner served, as staged for the pilot: its uid, what will become of it and
 * why, the flight columns as the partner sent them, and what blocks it (an unknown
 * registration, unknown airport codes) so that the review can offer the fix.
 */
public record StagedFlight(UUID id, int position, @Nullable String partnerItemUid, Status status, List<String> reasons,
		Map<String, Object> columns, @Nullable String unknownRegistration, List<String> unknownAirports) {

	public enum Status {

		/** Passes every check; the next sync imports it. */
		READY,
		/** Missing or invalid required data, or no uid: the partner must fix it. */
		SKIPPED,
		/** Valid, but names an aircraft or airport the pilot has not resolved yet. */
		BLOCKED,
		/** Its uid was already imported for this pilot from this connector. */
		DUPLICATE;

		public String wireName() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
