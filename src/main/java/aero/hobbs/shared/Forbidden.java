package aero.hobbs.shared;

/**
 * The caller is known and the object is theirs to see, but this action is not theirs to
 * take.
 */
public class Forbidden extends DomainException {

	public Forbidden(String message) {
		super(message);
	}

}
