package aero.hobbs.webhooks;

/**
 * An endpoint with its signing secret ({@code whsec_...}), which is shown this once: at
 * creation and when it is rotated.
 */
public record CreatedEndpoint(Endpoint endpoint, String secret) {

	@Override
	public String toString() {
		return "CreatedEndpoint[endpoint=" + endpoint + ", secret=(hidden)]";
	}

}
