package aero.hobbs.shared.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An authenticated no-op: checks a key and the rate limit without touching any data. */
@RestController
@Tag(name = "Me")
@SecurityRequirement(name = "apiKey")
class PingController {

	@GetMapping("/v1/ping")
	@Operation(summary = "Check an API key: answers who it belongs to, counting against the rate limit")
	ApiDocument<Map<String, String>> ping(@AuthenticationPrincipal SignedInUser user) {
		return ApiDocument.of(user.id().toString(), "ping", Map.of("status", "ok"));
	}

}
