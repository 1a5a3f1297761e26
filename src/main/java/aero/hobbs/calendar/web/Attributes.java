package aero.hobbs.calendar.web;

import java.util.Map;

/** Request bodies may be flat or wrapped like the answers. */
final class Attributes {

	private Attributes() {
	}

	/**
	 * The attributes, sent flat or as {@code {"data": {"attributes": {...}}}}.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> of(Map<String, Object> body) {
		if (body.size() == 1 && body.get("data") instanceof Map<?, ?> data
				&& data.get("attributes") instanceof Map<?, ?> attributes) {
			return (Map<String, Object>) attributes;
		}
		return body;
	}

}
