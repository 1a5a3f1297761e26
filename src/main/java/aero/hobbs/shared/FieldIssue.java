package aero.hobbs.shared;

/**
 * One thing wrong with one input field: {@code field} is the name the client sent (the
 * wire name, e.g. {@code flight_date}), {@code issue} a sentence that says how to fix it.
 */
public record FieldIssue(String field, String issue) {
}
