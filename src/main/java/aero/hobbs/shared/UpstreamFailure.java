package aero.hobbs.shared;

/**
 * A system Hobbs called on the user's behalf (a partner, MyFlightbook) failed; the
 * message names the cause and is safe to show (answered as 502).
 */
public class UpstreamFailure extends DomainException {

	public UpstreamFailure(String message) {
		super(message);
	}

}
