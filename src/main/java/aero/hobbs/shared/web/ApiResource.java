package aero.hobbs.shared.web;

/**
 * One resource in the `/v1` envelope (seed 001): {@code {"id", "type", "attributes"}}.
 */
public record ApiResource<A>(String id, String type, A attributes) {
}
