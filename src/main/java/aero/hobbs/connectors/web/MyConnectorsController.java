package aero.hobbs.connectors.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import aero.hobbs.connectors.ConnectorSync;
import aero.hobbs.connectors.Connections;
import aero.hobbs.connectors.StagedFlight;
import aero.hobbs.connectors.SyncReport;
import aero.hobbs.shared.web.ApiDocument;
import aero.hobbs.shared.web.ApiList;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.PageQuery;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/v1/me/connectors")
@Tag(name = "Connectors", description = "Partner systems that serve the pilot's flights (check, preview, sync)")
@SecurityRequirement(name = "apiKey")
class MyConnectorsController {

	private final Connections connections;

	private final ConnectorSync sync;

	MyConnectorsController(Connections connections, ConnectorSync sync) {
		this.connections = connections;
		this.sync = sync;
	}

	@GetMapping
	@Operation(summary = "The connectors whose partner allows the pilot's email")
	ApiList<ConnectionResource> list(@AuthenticationPrincipal SignedInUser pilot,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "25") int perPage) {
		return ApiList.slice(new PageQuery(page, perPage), connections.list(pilot.id()), ConnectionResource::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One connection, with its last check, last run and staged counts")
	ApiDocument<ConnectionResource> show(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id) {
		return new ApiDocument<>(ConnectionResource.of(connections.find(pilot.id(), id)));
	}

	@PostMapping("/{id}/check")
	@Operation(summary = "Ask the partner (endpoint_checkuser, 12 s) whether it still allows the pilot",
			description = "linked is true when the partner answered {\"ok\": true}; otherwise check_message says why.")
	ApiDocument<ConnectionResource> check(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id) {
		return new ApiDocument<>(ConnectionResource.of(connections.check(pilot.id(), id)));
	}

	@PostMapping("/{id}/preview")
	@Operation(
			summary = "Fetch the partner's new flights (endpoint_getnewids, 20 s) and stage them; nothing is imported",
			description = "Each item becomes a staged_flight with status ready, skipped, blocked or duplicate and the"
					+ " reasons. A partner answer that fails as a whole gives 502 upstream_error naming the cause.")
	Map<String, List<ApiResource<Map<String, Object>>>> preview(@AuthenticationPrincipal SignedInUser pilot,
			@PathVariable long id) {
		return staged(sync.preview(pilot.id(), id));
	}

	@GetMapping("/{id}/staged")
	@Operation(summary = "The items staged by the last preview or sync, checked again against today's aircraft"
			+ " and airports")
	Map<String, List<ApiResource<Map<String, Object>>>> stagedFlights(@AuthenticationPrincipal SignedInUser pilot,
			@PathVariable long id) {
		return staged(sync.staged(pilot.id(), id));
	}

	@PostMapping("/{id}/sync")
	@Operation(summary = "Fetch again and import every ready flight; blocked and skipped ones stay staged",
			description = "A uid is imported at most once per pilot and connector, also under concurrent syncs.")
	ApiDocument<SyncResource> sync(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id) {
		SyncReport report = sync.sync(pilot.id(), id);
		return ApiDocument.of(report.run().id().toString(), "connector_sync", SyncResource.of(report));
	}

	private static Map<String, List<ApiResource<Map<String, Object>>>> staged(List<StagedFlight> flights) {
		return Map.of("data", flights.stream().map(MyConnectorsController::resource).toList());
	}

	static ApiResource<Map<String, Object>> resource(StagedFlight flight) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("partner_item_uid", flight.partnerItemUid());
		attributes.put("status", flight.status().wireName());
		attributes.put("reasons", flight.reasons());
		flight.columns().forEach(attributes::putIfAbsent);
		return new ApiResource<>(flight.id().toString(), "staged_flight", attributes);
	}

	record SyncResource(int received, int imported, int skipped, int blocked, int duplicates,
			java.time.Instant startedAt, java.time.Instant finishedAt) {

		static SyncResource of(SyncReport report) {
			return new SyncResource(report.run().received(), report.run().imported(), report.run().skipped(),
					report.run().blocked(), report.run().duplicates(), report.run().startedAt(),
					report.run().finishedAt());
		}

	}

}
