package aero.hobbs.myflightbook.mapping;

import java.util.List;

import aero.hobbs.logbook.FlightValues;
import aero.hobbs.logbook.ImportedFlight;

import org.jspecify.annotations.Nullable;

/** One MyFlightbook logbook entry, either mapped to a flight or skipped with a reason. */
public sealed interface MappedFlight {

	/**
	 * @param sourceId {@code mfb:<FlightID>}
	 * @param legacyKey {@code yyyy-MM-dd:departure:destination} of the mapped values (""
	 * for an absent airport); recompute it with {@link FlightMapping#legacyKey} on the
	 * values the logbook checked, whose airports are resolved to their stored codes
	 * @param notes what the mapping had to decide, for the import report
	 */
	record Mapped(String sourceId, String legacyKey, FlightValues values, List<String> notes) implements MappedFlight {

		public ImportedFlight toImported() {
			return new ImportedFlight(sourceId, values);
		}

	}

	/**
	 * @param sourceId {@code mfb:<FlightID>}, or null when the entry has none
	 */
	record Skipped(@Nullable String sourceId, SkipReason reason, String detail) implements MappedFlight {

	}

	enum SkipReason {

		/** No {@code Date}, or {@code DateTime.MinValue}. */
		DATELESS,
		/** A text longer than its column takes. */
		OVER_LENGTH,
		/** A time or count negative or beyond what the logbook takes (48 hours, 999). */
		OUT_OF_RANGE,
		/** Not an object, no {@code FlightID}, or a member of the wrong type. */
		UNPARSEABLE

	}

}
