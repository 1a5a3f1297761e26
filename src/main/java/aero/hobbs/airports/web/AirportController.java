package aero.hobbs.airports.web;

import java.util.List;

import aero.hobbs.airports.Airport;
import aero.hobbs.airports.AirportDirectory;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiResource;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/airports")
@Tag(name = "Airports", description = "The bundled airport reference set (OurAirports)")
@SecurityRequirement(name = "apiKey")
class AirportController {

	private final AirportDirectory airports;

	AirportController(AirportDirectory airports) {
		this.airports = airports;
	}

	@GetMapping("/{code}")
	@Operation(summary = "Look an airport up by ICAO, IATA, FAA or local code")
	ApiDocument<Airport> find(@PathVariable String code) {
		Airport airport = airports.find(code).orElseThrow(() -> new NotFound("Airport " + code));
		return new ApiDocument<>(resource(airport));
	}

	@GetMapping
	@Operation(summary = "Search airports by code prefix, then by name or town (at most 20)")
	Results search(@RequestParam("q") String query) {
		return new Results(airports.suggest(query, 20).stream().map(AirportController::resource).toList());
	}

	record Results(List<ApiResource<Airport>> data) {
	}

	static ApiResource<Airport> resource(Airport airport) {
		return new ApiResource<>(airport.ident(), "airport", airport);
	}

}
