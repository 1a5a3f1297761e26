package aero.hobbs.shared;

/**
 * Base of the exceptions domain code throws. Each surface renders them in one place; the
 * message is written to be safe to show to the caller.
 */
public abstract class DomainException extends RuntimeException {

	protected DomainException(String message) {
		super(message);
	}

}
