package aero.hobbs.logbook;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every column of the flight record. The first 64 are seed 000's
 * {@code syncable_flight_columns}, in its order, with its names and units (minutes, ICAO
 * codes, {@code HH:MM} UTC times, {@code YYYY-MM-DD} dates): they are also the `/v1`
 * attribute names, the CSV export's header and the database column names. The rest carry
 * what MyFlightbook keeps beyond them: full-stop landings, holding procedures, the
 * simulator's device class, custom properties (verbatim JSON) and the instructor's
 * signature.
 */
public enum FlightColumn {

	FLIGHT_DATE("flight_date", Kind.DATE, true), AIRCRAFT_TYPE("aircraft_type", Kind.TEXT, true),
	AIRCRAFT_REGISTRATION("aircraft_registration", Kind.TEXT, true), PIC_NAME("pic_name", Kind.TEXT, true),
	COPILOT_NAME("copilot_name", Kind.TEXT, true), DEPARTURE_AIRPORT("departure_airport", Kind.AIRPORT, true),
	DEPARTURE_LAT("departure_lat", Kind.LATITUDE, true), DEPARTURE_LONG("departure_long", Kind.LONGITUDE, true),
	DEPARTURE_TIME("departure_time", Kind.TIME, true), ARRIVAL_AIRPORT("arrival_airport", Kind.AIRPORT, true),
	ARRIVAL_LAT("arrival_lat", Kind.LATITUDE, true), ARRIVAL_LONG("arrival_long", Kind.LONGITUDE, true),
	ARRIVAL_TIME("arrival_time", Kind.TIME, true), ROUTE_VIA("route_via", Kind.TEXT, true),
	BLOCK_TIME_MINUTES("block_time_minutes", Kind.MINUTES, true), DAY_MINUTES("day_minutes", Kind.MINUTES, true),
	PIC_TIME_MINUTES("pic_time_minutes", Kind.MINUTES, true), SIC_TIME_MINUTES("sic_time_minutes", Kind.MINUTES, true),
	NIGHT_MINUTES("night_minutes", Kind.MINUTES, true), IFR_MINUTES("ifr_minutes", Kind.MINUTES, true),
	IFR_ACTUAL_MINUTES("ifr_actual_minutes", Kind.MINUTES, true),
	IFR_HOOD_MINUTES("ifr_hood_minutes", Kind.MINUTES, true),
	IFR_SIMULATED_MINUTES("ifr_simulated_minutes", Kind.MINUTES, true),
	SIMULATOR_MINUTES("simulator_minutes", Kind.MINUTES, true),
	GROUND_TRAINER_MINUTES("ground_trainer_minutes", Kind.MINUTES, true),
	SINGLE_PILOT_SE_MINUTES("single_pilot_se_minutes", Kind.MINUTES, true),
	SINGLE_PILOT_ME_MINUTES("single_pilot_me_minutes", Kind.MINUTES, true),
	MULTI_PILOT_TIME_MINUTES("multi_pilot_time_minutes", Kind.MINUTES, true),
	DUAL_RECEIVED_MINUTES("dual_received_minutes", Kind.MINUTES, true),
	INSTRUCTION_GIVEN_MINUTES("instruction_given_minutes", Kind.MINUTES, true),
	FLIGHT_RULES("flight_rules", Kind.TEXT, true), FSTD_DATE("fstd_date", Kind.DATE, true),
	FSTD_TYPE("fstd_type", Kind.TEXT, true),
	SINGLE_ENGINE_DAY_DUAL_MINUTES("single_engine_day_dual_minutes", Kind.MINUTES, true),
	SINGLE_ENGINE_DAY_PIC_MINUTES("single_engine_day_pic_minutes", Kind.MINUTES, true),
	SINGLE_ENGINE_DAY_COPILOT_MINUTES("single_engine_day_copilot_minutes", Kind.MINUTES, true),
	SINGLE_ENGINE_NIGHT_DUAL_MINUTES("single_engine_night_dual_minutes", Kind.MINUTES, true),
	SINGLE_ENGINE_NIGHT_PIC_MINUTES("single_engine_night_pic_minutes", Kind.MINUTES, true),
	SINGLE_ENGINE_NIGHT_COPILOT_MINUTES("single_engine_night_copilot_minutes", Kind.MINUTES, true),
	MULTI_ENGINE_DAY_DUAL_MINUTES("multi_engine_day_dual_minutes", Kind.MINUTES, true),
	MULTI_ENGINE_DAY_PIC_MINUTES("multi_engine_day_pic_minutes", Kind.MINUTES, true),
	MULTI_ENGINE_DAY_COPILOT_MINUTES("multi_engine_day_copilot_minutes", Kind.MINUTES, true),
	MULTI_ENGINE_NIGHT_DUAL_MINUTES("multi_engine_night_dual_minutes", Kind.MINUTES, true),
	MULTI_ENGINE_NIGHT_PIC_MINUTES("multi_engine_night_pic_minutes", Kind.MINUTES, true),
	MULTI_ENGINE_NIGHT_COPILOT_MINUTES("multi_engine_night_copilot_minutes", Kind.MINUTES, true),
	CROSS_COUNTRY_DAY_DUAL_MINUTES("cross_country_day_dual_minutes", Kind.MINUTES, true),
	CROSS_COUNTRY_DAY_PIC_MINUTES("cross_country_day_pic_minutes", Kind.MINUTES, true),
	CROSS_COUNTRY_DAY_COPILOT_MINUTES("cross_country_day_copilot_minutes", Kind.MINUTES, true),
	CROSS_COUNTRY_NIGHT_DUAL_MINUTES("cross_country_night_dual_minutes", Kind.MINUTES, true),
	CROSS_COUNTRY_NIGHT_PIC_MINUTES("cross_country_night_pic_minutes", Kind.MINUTES, true),
	CROSS_COUNTRY_NIGHT_COPILOT_MINUTES("cross_country_night_copilot_minutes", Kind.MINUTES, true),
	FAA_CROSS_COUNTRY_MINUTES("faa_cross_country_minutes", Kind.MINUTES, true),
	INSTRUMENT_APPROACHES_COUNT("instrument_approaches_count", Kind.COUNT, true),
	APPROACH_TYPES("approach_types", Kind.TEXT, true), TAKEOFFS_DAY("takeoffs_day", Kind.COUNT, true),
	LANDINGS_DAY("landings_day", Kind.COUNT, true), TAKEOFFS_NIGHT("takeoffs_night", Kind.COUNT, true),
	LANDINGS_NIGHT("landings_night", Kind.COUNT, true), FLOATS_MINUTES("floats_minutes", Kind.MINUTES, true),
	TAILWHEEL_MINUTES("tailwheel_minutes", Kind.MINUTES, true),
	HELICOPTER_MINUTES("helicopter_minutes", Kind.MINUTES, true),
	TURBINE_MINUTES("turbine_minutes", Kind.MINUTES, true),
	GLASS_COCKPIT_MINUTES("glass_cockpit_minutes", Kind.MINUTES, true), REMARKS("remarks", Kind.LONG_TEXT, true),
	FULL_STOP_LANDINGS_DAY("full_stop_landings_day", Kind.COUNT, false),
	FULL_STOP_LANDINGS_NIGHT("full_stop_landings_night", Kind.COUNT, false),
	HOLDING_PROCEDURES("holding_procedures", Kind.COUNT, false), DEVICE_CLASS("device_class", Kind.TEXT, false),
	FLIGHT_NUMBER("flight_number", Kind.TEXT, false), CUSTOM_PROPERTIES("custom_properties", Kind.JSON, false),
	SIGNATURE_STATE("signature_state", Kind.TEXT, false), INSTRUCTOR_NAME("instructor_name", Kind.TEXT, false),
	INSTRUCTOR_CERTIFICATE("instructor_certificate", Kind.TEXT, false),
	INSTRUCTOR_CERTIFICATE_EXPIRY("instructor_certificate_expiry", Kind.DATE, false),
	INSTRUCTOR_COMMENTS("instructor_comments", Kind.LONG_TEXT, false), SIGNED_ON("signed_on", Kind.DATE, false);

	/** How a column's value is written on the wire and checked. */
	public enum Kind {

		/** {@code YYYY-MM-DD}. */
		DATE,
		/** {@code HH:MM}, UTC. */
		TIME,
		/** Whole minutes, 0 or more. */
		MINUTES,
		/** A whole count, 0 or more. */
		COUNT,
		/** Decimal degrees, -90 to 90. */
		LATITUDE,
		/** Decimal degrees, -180 to 180. */
		LONGITUDE,
		/** An airport code that the airport reference set knows. */
		AIRPORT,
		/** Up to 200 characters. */
		TEXT,
		/** Up to 4000 characters. */
		LONG_TEXT,
		/** A JSON object, kept verbatim. */
		JSON

	}

	/** The 64 columns partners may write, in seed 000's order. */
	public static final List<FlightColumn> SYNCABLE = Arrays.stream(values()).filter(c -> c.syncable).toList();

	private static final Map<String, FlightColumn> BY_WIRE_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(FlightColumn::wireName, Function.identity()));

	private final String wireName;

	private final Kind kind;

	private final boolean syncable;

	FlightColumn(String wireName, Kind kind, boolean syncable) {
		this.wireName = wireName;
		this.kind = kind;
		this.syncable = syncable;
	}

	public static Optional<FlightColumn> byWireName(String name) {
		return Optional.ofNullable(BY_WIRE_NAME.get(name));
	}

	/** The name on the wire, in the CSV header and in the database. */
	public String wireName() {
		return wireName;
	}

	public Kind kind() {
		return kind;
	}

	/** One of seed 000's 64 {@code syncable_flight_columns}. */
	public boolean syncable() {
		return syncable;
	}

}
