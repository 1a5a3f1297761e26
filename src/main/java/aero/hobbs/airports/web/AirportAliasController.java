package aero.hobbs.airports.web;

import java.time.Instant;

import aero.hobbs.airports.AirportAlias;
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
@RequestMapping("/v1/me/airports/aliases")
@Tag(name = "Pilot airports",
		description = "The pilot's custom airports and aliases, for codes the reference set does not know")
@SecurityRequirement(name = "apiKey")
class AirportAliasController {

	private final PilotAirports airports;

	AirportAliasController(PilotAirports airports) {
		this.airports = airports;
	}

	@GetMapping
	@Operation(summary = "List the pilot's airport aliases, by code")
	ApiList<AirportAliasResource> list(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), airports.listAliases(user.id()), AirportAliasResource::of);
	}

	@PostMapping
	@Operation(summary = "Make a code the reference set does not know (2 to 10 letters, digits or dashes) mean a "
			+ "known airport or one of the pilot's custom airports; flights using the code get the target's code")
	ResponseEntity<ApiDocument<AirportAliasResource>> add(@AuthenticationPrincipal SignedInUser user,
			@RequestBody AddAliasRequest request) {
		AirportAlias added = airports.addAlias(user.id(), request.code(), request.targetCode());
		return ResponseEntity.status(HttpStatus.CREATED).body(new ApiDocument<>(AirportAliasResource.of(added)));
	}

	@DeleteMapping("/{code}")
	@Operation(summary = "Remove an alias; flights logged with it keep the target's code")
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String code) {
		airports.removeAlias(user.id(), code);
		return ResponseEntity.noContent().build();
	}

	record AddAliasRequest(@Nullable String code, @Nullable String targetCode) {
	}

	/**
	 * The attributes of an {@code airport_alias} resource, whose id is its code;
	 * {@code target_name} is null should the target no longer be known.
	 */
	record AirportAliasResource(String code, String targetCode, @Nullable String targetName, Instant createdAt) {

		static ApiResource<AirportAliasResource> of(AirportAlias a) {
			return new ApiResource<>(a.code(), "airport_alias", new AirportAliasResource(a.code(), a.targetCode(),
					a.target() == null ? null : a.target().name(), a.createdAt()));
		}
	}

}
