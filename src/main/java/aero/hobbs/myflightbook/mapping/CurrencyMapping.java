package aero.hobbs.myflightbook.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import aero.hobbs.currency.CurrencyItem;
import aero.hobbs.currency.CurrencyItem.Kind;
import aero.hobbs.currency.CurrencyItem.Status;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * Maps {@code GetCurrencyForUser} items (API spec §8) to currency items, by
 * {@code CurrencyGroup} first and then the en-US labels of spec §8.4: {@code <CC> -
 * Passengers}, {@code <CC> - Night} and {@code <CC> - Tailwheel} (flight experience),
 * {@code IFR - <Category>}, the flight reviews, the FAA medicals and BasicMed, and the
 * CFI certificate. A {@code Status} that is absent is 0, NotCurrent (spec §4), so the
 * item is non-compliant; NoDate is unknown. Everything else (EASA, Australian and Army
 * items, aircraft inspections, deadlines, custom rules, duty limits) is logged and
 * skipped: it is never shown as a pass. MyFlightbook's currency answer has no
 * endorsements.
 * <p>
 * The JSON has no structured date; the expiry is read from the en-US {@code Value}
 * ({@code Current Until: M/d/yyyy}, {@code Expired: M/d/yyyy} or a bare date) and is null
 * when the value has another shape.
 */
public final class CurrencyMapping {

	private static final Logger log = LoggerFactory.getLogger(CurrencyMapping.class);

	static final int FLIGHT_EXPERIENCE = 1;

	static final int FLIGHT_REVIEW = 2;

	static final int CERTIFICATES = 5;

	static final int MEDICAL = 6;

	private static final Map<String, Kind> MEDICALS = Map.of("Medical", Kind.MEDICAL, "1st Class Medical Privileges",
			Kind.MEDICAL_FIRST_CLASS, "Commercial or ATC Medical Privileges", Kind.MEDICAL_SECOND_CLASS,
			"2nd Class Medical Privileges", Kind.MEDICAL_SECOND_CLASS, "3rd Class Medical Privileges",
			Kind.MEDICAL_THIRD_CLASS, "Medical Due (BasicMed)", Kind.BASICMED);

	private static final Pattern EXPIRY = Pattern.compile("^(?:Current Until: |Expired: )?(\\d{1,2}/\\d{1,2}/\\d{4})$");

	public List<CurrencyItem> map(JsonNode currencyForUser) {
		List<CurrencyItem> items = new ArrayList<>();
		for (JsonNode item : currencyForUser) {
			CurrencyItem mapped = item.isObject() ? map1(item) : null;
			if (mapped == null) {
				log.info("Skipping MyFlightbook currency item '{}' (group {}): not mapped",
						item.isObject() ? MfbMembers.text(item, "Attribute") : item.getNodeType(),
						item.isObject() ? MfbMembers.count(item, "CurrencyGroup") : "-");
			}
			else {
				items.add(mapped);
			}
		}
		return items;
	}

	private static @Nullable CurrencyItem map1(JsonNode item) {
		String label = MfbMembers.text(item, "Attribute");
		int group;
		try {
			group = MfbMembers.count(item, "CurrencyGroup");
		}
		catch (MfbMembers.Malformed e) {
			return null;
		}
		Scoped kind = switch (group) {
			case FLIGHT_EXPERIENCE -> flightExperience(label);
			case FLIGHT_REVIEW -> label.startsWith("Flight Review") ? new Scoped(Kind.FLIGHT_REVIEW, null) : null;
			case MEDICAL -> MEDICALS.containsKey(label) ? new Scoped(MEDICALS.get(label), null) : null;
			case CERTIFICATES -> label.startsWith("CFI Cert.") ? new Scoped(Kind.INSTRUCTOR_CERTIFICATE, null) : null;
			default -> null;
		};
		if (kind == null) {
			return null;
		}
		String discrepancy = MfbMembers.text(item, "Discrepancy");
		return new CurrencyItem(kind.kind(), label, kind.scope(), status(item), expiry(MfbMembers.text(item, "Value")),
				discrepancy.isEmpty() ? null : discrepancy);
	}

	private static @Nullable Scoped flightExperience(String label) {
		if (label.startsWith("IFR - ")) {
			return new Scoped(Kind.INSTRUMENT, label.substring("IFR - ".length()));
		}
		if (label.contains("(EASA") || label.contains("(SFCL")) {
			return null;
		}
		for (Map.Entry<String, Kind> suffix : List.of(Map.entry(" - Passengers", Kind.PASSENGER_DAY),
				Map.entry(" - Night", Kind.PASSENGER_NIGHT), Map.entry(" - Tailwheel", Kind.PASSENGER_TAILWHEEL))) {
			if (label.endsWith(suffix.getKey()) && label.length() > suffix.getKey().length()) {
				return new Scoped(suffix.getValue(), label.substring(0, label.length() - suffix.getKey().length()));
			}
		}
		return null;
	}

	/** MyFlightbook's {@code CurrencyState}; an absent member is 0, NotCurrent. */
	static Status status(JsonNode item) {
		JsonNode status = item.get("Status");
		if (status == null || status.isNull()) {
			return Status.NON_COMPLIANT;
		}
		return switch (status.isString() ? status.stringValue() : String.valueOf(status.asInt(-1))) {
			case "0", "NotCurrent" -> Status.NON_COMPLIANT;
			case "1", "GettingClose" -> Status.GETTING_CLOSE;
			case "2", "OK" -> Status.OK;
			// NoDate, or a state this code does not know: neither is a pass
			default -> Status.UNKNOWN;
		};
	}

	static @Nullable LocalDate expiry(String value) {
		Matcher m = EXPIRY.matcher(value.trim());
		return m.matches() ? MfbMembers.parseDate(m.group(1)) : null;
	}

	private record Scoped(Kind kind, @Nullable String scope) {
	}

}
