package aero.hobbs.connectors;

/** A connector with its API key, which is shown this once. */
public record CreatedConnector(Connector connector, String apiKey) {
}
