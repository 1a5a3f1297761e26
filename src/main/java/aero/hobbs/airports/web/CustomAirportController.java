package aero.hobbs.airports.web;

import java.time.Instant;
import java.util.UUID;

import aero.hobbs.airports.CustomAirport;
import aero.hobbs.airports.CustomAirportId;
import aero.hobbs.airports.PilotAirports;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/me/airports/custom")
@Tag(name = "Pilot airports",
		description = "The pilot's custom airports and aliases, for codes the reference set does not know")
@SecurityRequirement(name = "apiKey")
class CustomAirportController {

	private final PilotAirports airports;

	CustomAirportController(PilotAirports airports) {
		this.airports = airports;
	}

	@GetMapping
	@Operation(summary = "List the pilot's custom airports, by code")
	ApiList<CustomAirportResource> list(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), airports.listCustom(user.id()), CustomAirportResource::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One custom airport")
	ApiDocument<CustomAirportResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return new ApiDocument<>(CustomAirportResource.of(airports.findCustom(user.id(), new CustomAirportId(id))));
	}

	@PostMapping
	@Operation(summary = "Add a custom airport: a code the reference set does not know (2 to 10 letters, digits or "
			+ "dashes), a name, and WGS84 decimal degrees; flights may then use the code")
	ResponseEntity<ApiDocument<CustomAirportResource>> add(@AuthenticationPrincipal SignedInUser user,
			@RequestBody AddCustomAirportRequest request) {
		CustomAirport added = airports.addCustom(user.id(), request.code(), request.name(), request.latitude(),
				request.longitude());
		return ResponseEntity.status(HttpStatus.CREATED).body(new ApiDocument<>(CustomAirportResource.of(added)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a custom airport; flights logged there keep its code and coordinates. "
			+ "Refused (409) while an alias points to it")
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		airports.removeCustom(user.id(), new CustomAirportId(id));
		return ResponseEntity.noContent().build();
	}

	record AddCustomAirportRequest(@Nullable String code, @Nullable String name, @Nullable Double latitude,
			@Nullable Double longitude) {
	}

	/** The attributes of a {@code custom_airport} resource. */
	record CustomAirportResource(String code, String name, double latitude, double longitude, Instant createdAt) {

		static ApiResource<CustomAirportResource> of(CustomAirport c) {
			return new ApiResource<>(c.id().toString(), "custom_airport",
					new CustomAirportResource(c.code(), c.name(), c.latitude(), c.longitude(), c.createdAt()));
		}
	}

}
