package aero.hobbs.shared.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * No-ops for checking a key and for measuring what authentication and rate limiting cost
 * (bench/): {@code /v1/ping} needs a key, {@code /v1/public/ping} none.
 */
@RestController
@Tag(name = "Me")
@SecurityRequirement(name = "apiKey")
class PingController {

	@GetMapping("/v1/ping")
	@Operation(summary = "Check an API key: answers who it belongs to, counting against the rate limit")
	ApiDocument<Map<String, String>> ping(@AuthenticationPrincipal SignedInUser user) {
		return ApiDocument.of(user.id().toString(), "ping", Map.of("status", "ok"));
	}

	@GetMapping("/v1/public/ping")
	@Operation(summary = "A no-op that needs no key: the /v1 filter chain without authentication; counted per "
			+ "client address on the node that answers", security = {})
	ApiDocument<Map<String, String>> publicPing() {
		return ApiDocument.of("public", "ping", Map.of("status", "ok"));
	}

}
