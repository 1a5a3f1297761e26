package aero.hobbs.shared.web;

import java.util.Optional;

/**
 * Turns a presented personal API key into the user it belongs to. The accounts module
 * implements it; the security chain only knows this interface.
 */
public interface ApiKeyVerifier {

	/** Empty when the key is unknown, revoked or malformed. */
	Optional<SignedInUser> verify(String presentedKey);

}
