package aero.hobbs.currency;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One currency or recency requirement and where the pilot stands, as a source (such as
 * MyFlightbook) reported it.
 *
 * @param kind the requirement
 * @param label the source's own name for it, verbatim (e.g. {@code ASEL - Night})
 * @param scope what it applies to, when the label says: a category/class such as
 * {@code ASEL} or {@code AMEL (B737)}, or a category such as {@code Airplane}
 * @param expires the last day it holds, when the source gives one
 * @param discrepancy what is missing or how long until due, as the source wrote it
 */
public record CurrencyItem(Kind kind, String label, @Nullable String scope, Status status, @Nullable LocalDate expires,
		@Nullable String discrepancy) {

	public enum Kind {

		/** 14 CFR 61.56 (and SFAR 73 reviews). */
		FLIGHT_REVIEW,
		/** 14 CFR 61.57(c). */
		INSTRUMENT,
		/** 14 CFR 61.57(a), per category/class. */
		PASSENGER_DAY,
		/** 14 CFR 61.57(b), per category/class. */
		PASSENGER_NIGHT,
		/** 14 CFR 61.57(a)(1)(ii), full-stop landings in a tailwheel airplane. */
		PASSENGER_TAILWHEEL, MEDICAL_FIRST_CLASS,
		/**
		 * Second-class privileges, including a first-class medical that has lapsed to
		 * them.
		 */
		MEDICAL_SECOND_CLASS, MEDICAL_THIRD_CLASS,
		/** A medical whose class the source does not name. */
		MEDICAL,
		/** 14 CFR 68. */
		BASICMED,
		/** The flight instructor certificate (61.197) or its recent-experience end. */
		INSTRUCTOR_CERTIFICATE

	}

	public enum Status {

		OK,
		/** Still current, expiring soon. */
		GETTING_CLOSE,
		/** Not current: never shown as a pass. */
		NON_COMPLIANT,
		/** The source has no expiry to show. */
		UNKNOWN

	}

}
