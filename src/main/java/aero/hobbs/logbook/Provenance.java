package aero.hobbs.logbook;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a flight came from: {@code source} is {@code manual}, {@code connector:<id>},
 * {@code myflightbook} or {@code csv}; {@code sourceId} the source's stable id
 * ({@code partner_item_uid}, {@code mfb:<FlightID>}), unique per pilot and source.
 */
public record Provenance(String source, @Nullable String sourceId, @Nullable Instant importedAt,
		@Nullable UUID importRunId) {

	public static final Provenance MANUAL = new Provenance("manual", null, null, null);

}
