package aero.hobbs.shared.web;

import java.util.Optional;

/**
 * Turns a presented connector API key into the connector it belongs to. The connectors
 * module implements it; the security chain only knows this interface.
 */
public interface PartnerKeyVerifier {

	/** Empty when the key is unknown, rotated away or malformed. */
	Optional<PartnerPrincipal> verify(String presentedKey);

}
