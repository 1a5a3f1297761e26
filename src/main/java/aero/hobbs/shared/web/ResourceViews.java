package aero.hobbs.shared.web;

import java.util.Optional;
import java.util.UUID;

/**
 * One resource type of an organization, rendered exactly as its `/v1` endpoint answers
 * ({@code {"id", "type", "attributes"}}), for a module that must show a resource it does
 * not own: webhook payloads carry the resource as the API would. The owning module
 * implements it with a small bean in its {@code web} package, reusing its resource
 * mapping, so it never learns who asks. It checks no permission: the caller has decided
 * who may see it.
 */
public interface ResourceViews {

	/**
	 * The resource type, as in the {@code type} field: {@code flight_log},
	 * {@code member}.
	 */
	String type();

	/**
	 * The resource as the API shows it now, or empty when the organization has none with
	 * this id (deleted, or never there).
	 */
	Optional<ApiResource<?>> find(UUID organizationId, String id);

}
