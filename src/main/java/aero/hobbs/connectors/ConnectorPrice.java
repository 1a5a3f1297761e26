package aero.hobbs.connectors;

import java.time.LocalDate;

import aero.hobbs.shared.Money;

/**
 * The monthly price of one qualified connector user, from {@code effectiveFrom} on, until
 * a later price takes over.
 */
public record ConnectorPrice(long connectorId, LocalDate effectiveFrom, Money monthlyUserPrice) {
}
