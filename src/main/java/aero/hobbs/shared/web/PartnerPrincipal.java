package aero.hobbs.shared.web;

/** A partner system, authenticated by its connector API key. */
public record PartnerPrincipal(long connectorId, String connectorName) {
}
