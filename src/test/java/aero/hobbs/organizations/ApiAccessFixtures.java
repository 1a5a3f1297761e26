package aero.hobbs.organizations;

import java.util.HashMap;
import java.util.Map;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;

/**
 * API access for tests, through the HTTP API as an operator and an organization admin
 * would: the platform admin enables a plan, an admin creates organization keys.
 */
public final class ApiAccessFixtures {

	/** An organization API key just created: its id and the key itself. */
	public record OrganizationKey(String id, String key, Role role) {
	}

	private ApiAccessFixtures() {
	}

	public static Response enable(ApiClient api, OrganizationId organization, String plan, Long requestsPerHour) {
		Map<String, Object> body = new HashMap<>();
		body.put("plan", plan);
		if (requestsPerHour != null) {
			body.put("requests_per_hour", requestsPerHour);
		}
		Response response = api.send("PUT", "/api/admin/organizations/" + organization + "/api-access",
				ApiClient.ADMIN_TOKEN, body);
		if (response.status() != 200) {
			throw new IllegalStateException("Could not enable API access: " + response.raw().body());
		}
		return response;
	}

	public static OrganizationKey createKey(ApiClient api, OrganizationId organization, String adminKey, Role role) {
		Response created = api.send("POST", "/v1/organizations/" + organization + "/api-keys", adminKey,
				Map.of("name", "Test " + role.wireName() + " key", "role", role.wireName()));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create an organization key: " + created.raw().body());
		}
		return new OrganizationKey(created.body().get("data").get("id").asString(),
				created.body().get("data").get("attributes").get("key").asString(), role);
	}

}
