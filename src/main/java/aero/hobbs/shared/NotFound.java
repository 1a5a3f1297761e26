package aero.hobbs.shared;

/**
 * The object does not exist, or belongs to another tenant: both answer the same so that
 * ids cannot be probed.
 */
public class NotFound extends DomainException {

	public NotFound(String what) {
		super(what + " not found");
	}

}
