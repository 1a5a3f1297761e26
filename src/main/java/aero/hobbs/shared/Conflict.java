package aero.hobbs.shared;

/**
 * The request is well-formed but clashes with what exists (a taken email, a duplicate
 * registration).
 */
public class Conflict extends DomainException {

	private final String field;

	public Conflict(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
