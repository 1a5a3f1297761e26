package aero.hobbs.connectors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import aero.hobbs.aircraft.Aircraft;
import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.airports.PilotAirports;
import aero.hobbs.logbook.CheckedFlight;
import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.FlightInput;
import aero.hobbs.logbook.FlightValues;
import aero.hobbs.logbook.LogbookImports;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides what becomes of each item a partner serves (seed 000): {@code skipped} when it
 * has no uid or a required field (date, departure, arrival, out and in times, positive
 * block minutes) is missing or invalid, or the logbook's rules refuse it;
 * {@code duplicate} when its uid was already imported (or came twice); {@code blocked}
 * when it names a registration or airport the pilot has not resolved; {@code ready}
 * otherwise. Only the 64 syncable columns are read; other members are ignored.
 */
@Component
class ItemStaging {

	static final List<String> UID_KEYS = List.of("partner_item_uid", "partner_item_id", "unique_id");

	private static final List<FlightColumn> REQUIRED = List.of(FlightColumn.FLIGHT_DATE, FlightColumn.DEPARTURE_AIRPORT,
			FlightColumn.ARRIVAL_AIRPORT, FlightColumn.DEPARTURE_TIME, FlightColumn.ARRIVAL_TIME,
			FlightColumn.BLOCK_TIME_MINUTES);

	private final LogbookImports imports;

	private final PilotAirports airports;

	private final AircraftRegistry aircraft;

	private final JsonMapper json;

	ItemStaging(LogbookImports imports, PilotAirports airports, AircraftRegistry aircraft, JsonMapper json) {
		this.imports = imports;
		this.airports = airports;
		this.aircraft = aircraft;
		this.json = json;
	}

	/** The items staged in order, each with its status and reasons. */
	Staged stage(UserId pilot, List<JsonNode> items, Set<String> importedUids) {
		Set<String> fleet = new HashSet<>();
		aircraft.list(pilot).forEach(known -> fleet.add(known.registrationNormalized()));
		Map<String, Boolean> known = new HashMap<>();
		Predicate<String> knownAirport = code -> known.computeIfAbsent(code,
				given -> airports.find(pilot, given).isPresent());
		Set<String> seen = new HashSet<>();
		List<Draft> drafts = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			drafts.add(draft(i, items.get(i), importedUids, seen, fleet, knownAirport));
		}
		List<Draft> candidates = drafts.stream().filter(d -> d.values != null).toList();
		List<CheckedFlight> checked = imports.check(pilot, candidates.stream().map(d -> d.values).toList());
		for (int i = 0; i < candidates.size(); i++) {
			Draft draft = candidates.get(i);
			for (FieldIssue issue : checked.get(i).issues()) {
				boolean airportField = issue.field().equals(FlightColumn.DEPARTURE_AIRPORT.wireName())
						|| issue.field().equals(FlightColumn.ARRIVAL_AIRPORT.wireName());
				if (!(airportField && !draft.unknownAirports.isEmpty())) {
					draft.skip(issue.field() + ": " + issue.issue());
				}
			}
		}
		List<StagedFlight> staged = new ArrayList<>(drafts.size());
		List<FlightValues> ready = new ArrayList<>();
		for (Draft draft : drafts) {
			StagedFlight.Status status = draft.status();
			List<String> reasons = status == StagedFlight.Status.BLOCKED ? draft.blockers : draft.reasons;
			staged.add(new StagedFlight(UUID.randomUUID(), draft.position, draft.uid, status, List.copyOf(reasons),
					draft.columns, draft.unknownRegistration, List.copyOf(draft.unknownAirports)));
			ready.add(status == StagedFlight.Status.READY ? draft.values : null);
		}
		return new Staged(staged, ready);
	}

	private Draft draft(int position, JsonNode item, Set<String> importedUids, Set<String> seen, Set<String> fleet,
			Predicate<String> knownAirport) {
		Draft draft = new Draft(position);
		if (!item.isObject()) {
			draft.skip("Not a JSON object");
			return draft;
		}
		draft.uid = uid(item);
		Map<String, Object> columns = new LinkedHashMap<>();
		for (FlightColumn column : FlightColumn.SYNCABLE) {
			JsonNode value = item.get(column.wireName());
			if (value != null && !value.isNull()) {
				columns.put(column.wireName(), plain(value));
			}
		}
		draft.columns = columns;
		if (draft.uid == null) {
			draft.skip("No stable id: every item needs partner_item_uid, partner_item_id or unique_id");
			return draft;
		}
		if (importedUids.contains(draft.uid) || !seen.add(draft.uid)) {
			draft.duplicate = true;
			draft.reasons.add("Already imported: uid " + draft.uid + " is in this logbook from this connector");
			return draft;
		}
		FlightInput input = FlightInput.parse(columns, json);
		input.issues().forEach(issue -> draft.skip(issue.field() + ": " + issue.issue()));
		Set<String> unreadable = new HashSet<>();
		input.issues().forEach(issue -> unreadable.add(issue.field()));
		for (FlightColumn required : REQUIRED) {
			if (!unreadable.contains(required.wireName()) && input.changes().get(required) == null) {
				draft.skip(required.wireName() + ": missing; it is required");
			}
		}
		if (input.changes().get(FlightColumn.BLOCK_TIME_MINUTES) instanceof Integer block && block <= 0) {
			draft.skip("block_time_minutes: must be a positive number of minutes");
		}
		if (!draft.reasons.isEmpty()) {
			return draft;
		}
		draft.values = FlightValues.empty().overlay(input.changes());
		String registration = draft.values.text(FlightColumn.AIRCRAFT_REGISTRATION);
		if (registration != null && !fleet.contains(Aircraft.normalize(registration))) {
			draft.unknownRegistration = registration;
			draft.blockers.add("Unknown aircraft registration " + registration + ": add the aircraft to your logbook");
		}
		for (FlightColumn code : List.of(FlightColumn.DEPARTURE_AIRPORT, FlightColumn.ARRIVAL_AIRPORT)) {
			String given = draft.values.text(code);
			if (given != null && !knownAirport.test(given)) {
				if (!draft.unknownAirports.contains(given)) {
					draft.unknownAirports.add(given);
				}
				draft.blockers.add("Unknown airport " + given + " (" + code.wireName()
						+ "): map it to a known airport or create it");
			}
		}
		return draft;
	}

	/** The item's uid: the first of the three keys present, a string or a number. */
	static @Nullable String uid(JsonNode item) {
		for (String key : UID_KEYS) {
			JsonNode value = item.get(key);
			if (value == null || value.isNull()) {
				continue;
			}
			String uid = value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString()
					: value.isString() ? value.asString().strip() : null;
			if (uid != null && !uid.isEmpty() && uid.length() <= 200) {
				return uid;
			}
		}
		return null;
	}

	private static Object plain(JsonNode value) {
		if (value.isIntegralNumber()) {
			return value.bigIntegerValue();
		}
		if (value.isNumber()) {
			BigDecimal decimal = value.decimalValue();
			return decimal;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		return value.isString() ? value.asString() : value.toString();
	}

	/**
	 * The staged items, and for each the values to import when it is ready (else null).
	 */
	record Staged(List<StagedFlight> flights, List<@Nullable FlightValues> readyValues) {

		int count(StagedFlight.Status status) {
			return (int) flights.stream().filter(f -> f.status() == status).count();
		}

	}

	private static final class Draft {

		final int position;

		@Nullable String uid;

		Map<String, Object> columns = Map.of();

		@Nullable FlightValues values;

		boolean duplicate;

		final List<String> reasons = new ArrayList<>();

		final List<String> blockers = new ArrayList<>();

		@Nullable String unknownRegistration;

		final List<String> unknownAirports = new ArrayList<>();

		Draft(int position) {
			this.position = position;
		}

		void skip(String reason) {
			reasons.add(reason);
			values = null;
		}

		StagedFlight.Status status() {
			if (duplicate) {
				return StagedFlight.Status.DUPLICATE;
			}
			if (!reasons.isEmpty()) {
				return StagedFlight.Status.SKIPPED;
			}
			return blockers.isEmpty() ? StagedFlight.Status.READY : StagedFlight.Status.BLOCKED;
		}

	}

}
