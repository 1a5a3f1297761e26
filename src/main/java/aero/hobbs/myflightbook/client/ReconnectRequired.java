package aero.hobbs.myflightbook.client;

import aero.hobbs.shared.UpstreamFailure;

/**
 * MyFlightbook no longer accepts the pilot's connection (no refresh token, the refresh
 * was refused with {@code invalid_grant}, or the pilot revoked Hobbs in MyFlightbook's
 * preferences); only running the consent flow again helps. The message asks the pilot to
 * reconnect.
 */
public class ReconnectRequired extends UpstreamFailure {

	ReconnectRequired(String why) {
		super(why + " Please reconnect MyFlightbook.");
	}

}
