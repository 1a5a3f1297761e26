package aero.hobbs.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.DomainException;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;

import org.jspecify.annotations.Nullable;

/**
 * Field errors for a form that is shown again with what the user typed: templates ask
 * {@code errors.has('field')} and {@code errors.get('field')}.
 */
public record FormErrors(Map<String, String> byField) implements java.io.Serializable {

	public static FormErrors none() {
		return new FormErrors(Map.of());
	}

	public static FormErrors of(DomainException e) {
		List<FieldIssue> issues = switch (e) {
			case InvalidInput invalid -> invalid.issues();
			case Conflict conflict -> List.of(new FieldIssue(conflict.field(), conflict.getMessage()));
			default -> List.of(new FieldIssue("form", e.getMessage()));
		};
		Map<String, String> map = new LinkedHashMap<>();
		issues.forEach(issue -> map.putIfAbsent(issue.field(), issue.issue()));
		return new FormErrors(map);
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public @Nullable String get(String field) {
		return byField.get(field);
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	/**
	 * Whether a field or one of its items ({@code field[0]}, {@code field[1]}...) has an
	 * error.
	 */
	public boolean hasPrefix(String field) {
		return !withPrefix(field).isEmpty();
	}

	/** The messages of a field and of its items, in order. */
	public List<String> withPrefix(String field) {
		return byField.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equals(field) || entry.getKey().startsWith(field + "["))
			.map(Map.Entry::getValue)
			.toList();
	}

}
