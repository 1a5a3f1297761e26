package aero.hobbs.logbook;

/**
 * A flight to import, with its stable id in the source (a {@code partner_item_uid},
 * {@code mfb:<FlightID>}).
 */
public record ImportedFlight(String sourceId, FlightValues values) {
}
