package aero.hobbs.myflightbook.mapping;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The custom properties (API spec §6.3) that have a column of their own in the flight
 * record, by MyFlightbook's {@code KnownProperties} type ids. They also stay among the
 * verbatim custom properties, like every other property. Null (or 0) when the flight does
 * not carry the property.
 *
 * @param blockOut {@code HH:MM} UTC (187)
 * @param blockIn {@code HH:MM} UTC (186)
 * @param picName name of PIC (183)
 * @param sicName name of SIC (184)
 * @param instructorName instructor name (92)
 * @param nightTakeoffs night take-offs (73)
 * @param takeoffs take-offs of any kind (93)
 * @param ifrMinutes time under IFR (82), in minutes
 * @param flightNumber the flight number (156)
 */
record WellKnownProperties(@Nullable String blockOut, @Nullable String blockIn, @Nullable String picName,
		@Nullable String sicName, @Nullable String instructorName, @Nullable Integer nightTakeoffs,
		@Nullable Integer takeoffs, int ifrMinutes, @Nullable String flightNumber) {

	static final int BLOCK_IN = 186;

	static final int BLOCK_OUT = 187;

	static final int NAME_OF_PIC = 183;

	static final int NAME_OF_SIC = 184;

	static final int INSTRUCTOR_NAME = 92;

	static final int NIGHT_TAKEOFF = 73;

	static final int TAKEOFFS = 93;

	static final int IFR_TIME = 82;

	static final int FLIGHT_NUMBER = 156;

	/** The first property of each known type in {@code CustomProperties} wins. */
	static WellKnownProperties of(@Nullable JsonNode customProperties) {
		String blockOut = null;
		String blockIn = null;
		String picName = null;
		String sicName = null;
		String instructorName = null;
		Integer nightTakeoffs = null;
		Integer takeoffs = null;
		Integer ifrMinutes = null;
		String flightNumber = null;
		if (customProperties != null && customProperties.isArray()) {
			for (JsonNode property : customProperties) {
				switch (MfbMembers.count(property, "PropTypeID")) {
					case BLOCK_OUT -> blockOut = first(blockOut, MfbMembers.utcTime(property, "DateValue"));
					case BLOCK_IN -> blockIn = first(blockIn, MfbMembers.utcTime(property, "DateValue"));
					case NAME_OF_PIC -> picName = first(picName, text(property));
					case NAME_OF_SIC -> sicName = first(sicName, text(property));
					case INSTRUCTOR_NAME -> instructorName = first(instructorName, text(property));
					case NIGHT_TAKEOFF -> nightTakeoffs = first(nightTakeoffs, MfbMembers.count(property, "IntValue"));
					case TAKEOFFS -> takeoffs = first(takeoffs, MfbMembers.count(property, "IntValue"));
					case IFR_TIME -> ifrMinutes = first(ifrMinutes, MfbMembers.minutes(property, "DecValue"));
					case FLIGHT_NUMBER -> flightNumber = first(flightNumber, text(property));
					default -> {
					}
				}
			}
		}
		return new WellKnownProperties(blockOut, blockIn, picName, sicName, instructorName, nightTakeoffs, takeoffs,
				ifrMinutes == null ? 0 : ifrMinutes, flightNumber);
	}

	private static @Nullable String text(JsonNode property) {
		String text = MfbMembers.text(property, "TextValue");
		return text.isEmpty() ? null : text;
	}

	private static <T> @Nullable T first(@Nullable T earlier, @Nullable T value) {
		return earlier != null ? earlier : value;
	}

}
