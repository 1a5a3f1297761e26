package aero.hobbs.connectors.web;

import java.util.List;

import aero.hobbs.aircraft.AircraftDetails;
import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.airports.PilotAirports;
import aero.hobbs.connectors.Connection;
import aero.hobbs.connectors.ConnectorSync;
import aero.hobbs.connectors.Connections;
import aero.hobbs.connectors.Connectors;
import aero.hobbs.connectors.StagedFlight;
import aero.hobbs.connectors.SyncReport;
import aero.hobbs.shared.DomainException;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pilot's Connections page (check, preview, sync) and the review of what a partner
 * served, where blocked flights are resolved: add the aircraft, map an unknown airport
 * code to a known airport, or create the airport. Resolutions live with the pilot's
 * aircraft and airports, so later syncs use them too.
 */
@Controller
class ConnectionPages {

	private final Connections connections;

	private final AircraftRegistry aircraft;

	private final PilotAirports airports;

	private final Connectors connectors;

	private final ConnectorSync sync;

	ConnectionPages(Connections connections, ConnectorSync sync, AircraftRegistry aircraft, PilotAirports airports,
			Connectors connectors) {
		this.connections = connections;
		this.sync = sync;
		this.connectors = connectors;
		this.aircraft = aircraft;
		this.airports = airports;
	}

	@GetMapping("/connections")
	String list(@AuthenticationPrincipal SignedInUser pilot, Model model) {
		model.addAttribute("connections", connections.list(pilot.id()));
		model.addAttribute("administered", connectors.administeredBy(pilot.id()));
		return "connectors/connections";
	}

	@GetMapping("/connections/{id}")
	String review(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id, Model model) {
		Connection connection = connections.find(pilot.id(), id);
		List<StagedFlight> staged = sync.staged(pilot.id(), id);
		model.addAttribute("connection", connection);
		model.addAttribute("staged", staged);
		model.addAttribute("counts", StatusCounts.of(staged));
		model.addAttribute("runs", connections.runs(pilot.id(), id, 10));
		return "connectors/review";
	}

	@PostMapping("/connections/{id}/check")
	String check(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id, RedirectAttributes redirect) {
		Connection checked = connections.check(pilot.id(), id);
		if (Boolean.TRUE.equals(checked.linked())) {
			redirect.addFlashAttribute("notice", checked.connector().name() + " confirmed your account.");
		}
		else {
			redirect.addFlashAttribute("problem", checked.checkMessage());
		}
		return "redirect:/connections";
	}

	@PostMapping("/connections/{id}/preview")
	String preview(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id, RedirectAttributes redirect) {
		try {
			List<StagedFlight> staged = sync.preview(pilot.id(), id);
			StatusCounts counts = StatusCounts.of(staged);
			redirect.addFlashAttribute("notice",
					"The partner has " + staged.size() + " new flight" + (staged.size() == 1 ? "" : "s") + ": "
							+ counts.summary() + ". Nothing is imported until you sync.");
		}
		catch (UpstreamFailure e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/connections/" + id;
	}

	@PostMapping("/connections/{id}/sync")
	String sync(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id, RedirectAttributes redirect) {
		try {
			SyncReport report = sync.sync(pilot.id(), id);
			redirect.addFlashAttribute("notice",
					"Imported " + report.run().imported() + " of " + report.run().received() + " flights; "
							+ report.run().blocked() + " blocked, " + report.run().skipped() + " skipped, "
							+ report.run().duplicates() + " already imported.");
		}
		catch (UpstreamFailure e) {
			redirect.addFlashAttribute("problem", e.getMessage() + " Nothing was imported.");
		}
		return "redirect:/connections/" + id;
	}

	@PostMapping("/connections/{id}/aircraft")
	String addAircraft(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id,
			@RequestParam String registration, @RequestParam(name = "type_code", defaultValue = "") String typeCode,
			@RequestParam(name = "category_class", defaultValue = "asel") String categoryClass,
			@RequestParam(name = "engine_count", defaultValue = "1") Integer engineCount, RedirectAttributes redirect) {
		return resolve(id, redirect, "Added " + registration + ".",
				() -> aircraft.add(pilot.id(), new AircraftDetails(registration, typeCode, null, categoryClass,
						engineCount, false, false, false, false, false, false, null)));
	}

	@PostMapping("/connections/{id}/airport-alias")
	String mapAirport(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id, @RequestParam String code,
			@RequestParam(name = "target_code", defaultValue = "") String targetCode, RedirectAttributes redirect) {
		return resolve(id, redirect, code + " now means " + targetCode.toUpperCase(java.util.Locale.ROOT) + ".",
				() -> airports.addAlias(pilot.id(), code, targetCode));
	}

	@PostMapping("/connections/{id}/custom-airport")
	String createAirport(@AuthenticationPrincipal SignedInUser pilot, @PathVariable long id, @RequestParam String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String latitude,
			@RequestParam(defaultValue = "") String longitude, RedirectAttributes redirect) {
		return resolve(id, redirect, "Created airport " + code + ".", () -> airports.addCustom(pilot.id(), code, name,
				number("latitude", latitude), number("longitude", longitude)));
	}

	private static String resolve(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem",
					e instanceof InvalidInput invalid ? invalid.issues()
						.stream()
						.map(FieldIssue::issue)
						.reduce((a, b) -> a + " " + b)
						.orElse(e.getMessage()) : e.getMessage());
		}
		return "redirect:/connections/" + id;
	}

	private static @Nullable Double number(String field, String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "Give the " + field + " in decimal degrees, e.g. 43.6286");
		}
	}

	/** How many staged flights have each status. */
	public record StatusCounts(long ready, long blocked, long skipped, long duplicate) {

		static StatusCounts of(List<StagedFlight> staged) {
			return new StatusCounts(count(staged, StagedFlight.Status.READY),
					count(staged, StagedFlight.Status.BLOCKED), count(staged, StagedFlight.Status.SKIPPED),
					count(staged, StagedFlight.Status.DUPLICATE));
		}

		String summary() {
			return ready + " ready, " + blocked + " blocked, " + skipped + " skipped, " + duplicate
					+ " already imported";
		}

		private static long count(List<StagedFlight> staged, StagedFlight.Status status) {
			return staged.stream().filter(f -> f.status() == status).count();
		}

	}

}
