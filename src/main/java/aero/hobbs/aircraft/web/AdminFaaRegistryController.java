package aero.hobbs.aircraft.web;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;

import aero.hobbs.aircraft.FaaRegistry;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.ApiDocument;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/faa-registry")
@Tag(name = "Admin: FAA registry",
		description = "The FAA releasable aircraft registry that imported US aircraft are looked up in")
@SecurityRequirement(name = "adminToken")
class AdminFaaRegistryController {

	private final FaaRegistry registry;

	AdminFaaRegistryController(FaaRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "How many aircraft the registry holds and when it was loaded")
	ApiDocument<FaaRegistryResource> status() {
		FaaRegistry.Status status = registry.status();
		return FaaRegistryResource.of(status.aircraft(), 0, status.loadedAt());
	}

	@PostMapping("/load")
	@Operation(summary = "Replace the registry with the files in a directory on the server",
			description = "The directory (an absolute path on the server that answers) holds MASTER.txt and "
					+ "ACFTREF.txt from https://registry.faa.gov/database/ReleasableAircraft.zip. The registry is "
					+ "replaced in one transaction; files with no usable aircraft are refused. See docs/aircraft.md.")
	ApiDocument<FaaRegistryResource> load(@RequestBody LoadFaaRegistryRequest request) {
		Path directory = request.directoryPath();
		FaaRegistry.Loaded loaded = registry.load(directory.resolve("MASTER.txt"), directory.resolve("ACFTREF.txt"));
		return FaaRegistryResource.of(loaded.aircraft(), loaded.skipped(), loaded.loadedAt());
	}

	record LoadFaaRegistryRequest(@Nullable String directory) {

		Path directoryPath() {
			try {
				if (directory != null && Path.of(directory.trim()).isAbsolute()) {
					return Path.of(directory.trim());
				}
			}
			catch (InvalidPathException ex) {
				// answered below, as for a relative path
			}
			throw new InvalidInput("directory",
					"Give the absolute path of the directory that holds MASTER.txt and ACFTREF.txt");
		}
	}

	/**
	 * The {@code faa_registry} resource: aircraft held (or just loaded), MASTER rows
	 * skipped by the load, and when it was loaded.
	 */
	record FaaRegistryResource(long aircraft, int skipped, @Nullable Instant loadedAt) {

		static ApiDocument<FaaRegistryResource> of(long aircraft, int skipped, @Nullable Instant loadedAt) {
			return ApiDocument.of("faa", "faa_registry", new FaaRegistryResource(aircraft, skipped, loadedAt));
		}
	}

}
