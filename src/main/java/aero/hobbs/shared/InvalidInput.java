package aero.hobbs.shared;

import java.util.List;

/**
 * The input broke one or more rules; every issue names its field. Nothing was written.
 */
public class InvalidInput extends DomainException {

	private final List<FieldIssue> issues;

	public InvalidInput(List<FieldIssue> issues) {
		super(issues.isEmpty() ? "Invalid input" : "Invalid " + issues.getFirst().field());
		if (issues.isEmpty()) {
			throw new IllegalArgumentException("an InvalidInput needs at least one issue");
		}
		this.issues = List.copyOf(issues);
	}

	public InvalidInput(String field, String issue) {
		this(List.of(new FieldIssue(field, issue)));
	}

	public List<FieldIssue> issues() {
		return issues;
	}

}
