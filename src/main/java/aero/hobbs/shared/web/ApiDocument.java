package aero.hobbs.shared.web;

/** The `/v1` answer for one resource: {@code {"data": {...}}}. */
public record ApiDocument<A>(ApiResource<A> data) {

	public static <A> ApiDocument<A> of(String id, String type, A attributes) {
		return new ApiDocument<>(new ApiResource<>(id, type, attributes));
	}
}
