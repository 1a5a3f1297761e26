package aero.hobbs.aircraft.web;

import java.util.UUID;

import aero.hobbs.aircraft.AircraftDetails;
import aero.hobbs.aircraft.AircraftId;
import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/me/aircraft")
@Tag(name = "Aircraft", description = "The pilot's aircraft and simulators")
@SecurityRequirement(name = "apiKey")
class AircraftController {

	private final AircraftRegistry registry;

	AircraftController(AircraftRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "List the pilot's aircraft and simulators, by registration")
	ApiList<AircraftResource> list(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		PageQuery query = new PageQuery(page, perPage);
		return ApiList.slice(query, registry.list(user.id()), AircraftResource::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One aircraft")
	ApiDocument<AircraftResource> find(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return new ApiDocument<>(AircraftResource.of(registry.find(user.id(), new AircraftId(id))));
	}

	@PostMapping
	@Operation(summary = "Add an aircraft or simulator")
	ResponseEntity<ApiDocument<AircraftResource>> add(@AuthenticationPrincipal SignedInUser user,
			@RequestBody AircraftRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ApiDocument<>(AircraftResource.of(registry.add(user.id(), request.details()))));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace an aircraft's details")
	ApiDocument<AircraftResource> update(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody AircraftRequest request) {
		return new ApiDocument<>(
				AircraftResource.of(registry.update(user.id(), new AircraftId(id), request.details())));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove an aircraft; flights logged in it keep their registration and type")
	ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		registry.remove(user.id(), new AircraftId(id));
		return ResponseEntity.noContent().build();
	}

	record AircraftRequest(@Nullable String registration, @Nullable String typeCode, @Nullable String model,
			@Nullable String categoryClass, @Nullable Integer engineCount, @Nullable Boolean tailwheel,
			@Nullable Boolean complex, @Nullable Boolean highPerformance, @Nullable Boolean turbine,
			@Nullable Boolean glassCockpit, @Nullable Boolean simulator, @Nullable String fstdType) {

		AircraftDetails details() {
			return new AircraftDetails(registration, typeCode, model, categoryClass, engineCount, is(tailwheel),
					is(complex), is(highPerformance), is(turbine), is(glassCockpit), is(simulator), fstdType);
		}

		private static boolean is(@Nullable Boolean flag) {
			return Boolean.TRUE.equals(flag);
		}
	}

}
