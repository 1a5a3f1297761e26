package aero.hobbs.logbook.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.airports.AirportDirectory;
import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightFilter;
import aero.hobbs.logbook.FlightId;
import aero.hobbs.logbook.FlightPage;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.logbook.Totals;
import aero.hobbs.logbook.TotalsRow;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logbook page (list, totals, chart) and the flight form. */
@Controller
class LogbookPages {

	static final int PAGE_SIZE = 50;

	private final Logbook logbook;

	private final AircraftRegistry aircraft;

	private final AirportDirectory airports;

	private final Clock clock;

	LogbookPages(Logbook logbook, AircraftRegistry aircraft, AirportDirectory airports, Clock clock) {
		this.logbook = logbook;
		this.aircraft = aircraft;
		this.airports = airports;
		this.clock = clock;
	}

	@GetMapping("/logbook")
	String logbook(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String aircraftFilter, @RequestParam(defaultValue = "1") int page,
			Model model) {
		String registration = aircraftFilter == null || aircraftFilter.isBlank() ? null : aircraftFilter;
		FlightFilter filter = new FlightFilter(from, to, registration);
		boolean filtered = from != null || to != null || registration != null;
		int current = Math.max(1, page);
		FlightPage result = logbook.list(user.id(), filter, (long) (current - 1) * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("rows", result.flights().stream().map(LogbookRow::of).toList());
		model.addAttribute("total", result.total());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("aircraftFilter", registration);
		model.addAttribute("filtered", filtered);
		model.addAttribute("aircraft", aircraft.list(user.id()));
		Totals totals = logbook.totals(user.id());
		// unfiltered, the table's total is the lifetime total: no second pass over the
		// logbook
		TotalsRow sums = filtered ? logbook.sums(user.id(), filter) : totals.lifetime();
		model.addAttribute("sums", LogbookRow.TotalsView.of(sums));
		model.addAttribute("lifetime", LogbookRow.TotalsView.of(totals.lifetime()));
		model.addAttribute("last12", LogbookRow.TotalsView.of(totals.last12Months()));
		model.addAttribute("chart", MonthlyChart.of(logbook.monthly(user.id(), 24)));
		return "logbook/logbook";
	}

	@GetMapping("/logbook/flights/new")
	String newFlight(@AuthenticationPrincipal SignedInUser user, Model model) {
		return form(user, model, null, FlightForm.blank(LocalDate.now(clock)), FormErrors.none());
	}

	@PostMapping("/logbook/flights")
	String logFlight(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect) {
		List<FieldIssue> formIssues = new ArrayList<>();
		Map<String, Object> attributes = FlightForm.attributes(typed, formIssues);
		try {
			Flight flight = logbook.logFlight(user.id(), attributes);
			redirect.addFlashAttribute("notice", "Flight of " + flight.values().date() + " logged.");
		}
		catch (InvalidInput e) {
			return form(user, model, null, typed, errors(e, formIssues));
		}
		return "redirect:/logbook";
	}

	@GetMapping("/logbook/flights/{id}/edit")
	String editFlight(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		Flight flight = logbook.find(user.id(), new FlightId(id));
		return form(user, model, id, FlightForm.show(flight.values()), FormErrors.none());
	}

	@PostMapping("/logbook/flights/{id}")
	String amendFlight(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
		Flight existing = logbook.find(user.id(), new FlightId(id));
		Map<String, String> shown = FlightForm.show(existing.values());
		// only what the pilot changed is sent, so a new airport brings fresh coordinates
		// and nothing else moves
		Map<String, String> changed = new LinkedHashMap<>();
		typed.forEach((name, value) -> {
			if (!Objects.equals(value == null ? "" : value.trim(), shown.getOrDefault(name, ""))) {
				changed.put(name, value);
			}
		});
		List<FieldIssue> formIssues = new ArrayList<>();
		try {
			logbook.amend(user.id(), existing.id(), FlightForm.attributes(changed, formIssues));
			redirect.addFlashAttribute("notice", "Flight of " + existing.values().date() + " saved.");
		}
		catch (InvalidInput e) {
			return form(user, model, id, typed, errors(e, formIssues));
		}
		return "redirect:/logbook";
	}

	@PostMapping("/logbook/flights/{id}/delete")
	String removeFlight(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			RedirectAttributes redirect) {
		logbook.remove(user.id(), new FlightId(id));
		redirect.addFlashAttribute("notice", "The flight was deleted.");
		return "redirect:/logbook";
	}

	private String form(SignedInUser user, Model model, @Nullable UUID id, Map<String, String> values,
			FormErrors errors) {
		model.addAttribute("flightId", id);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("sections", FlightForm.SECTIONS);
		model.addAttribute("openSections",
				FlightForm.SECTIONS.stream()
					.filter(section -> section.fields().stream().anyMatch(field -> errors.has(field.name())))
					.map(FlightForm.Section::title)
					.toList());
		model.addAttribute("aircraft", aircraft.list(user.id()));
		Map<String, String> hints = new HashMap<>();
		for (String field : List.of("departure_airport", "arrival_airport")) {
			airports.find(values.get(field))
				.ifPresent(airport -> hints.put(field, String.format(Locale.ROOT, "%s · %.4f, %.4f", airport.name(),
						airport.latitude(), airport.longitude())));
		}
		model.addAttribute("hints", hints);
		return "logbook/flight-form";
	}

	/**
	 * The logbook's issues, with the form's own wording for durations it could not read.
	 */
	private static FormErrors errors(InvalidInput e, List<FieldIssue> formIssues) {
		Map<String, String> byField = new HashMap<>();
		formIssues.forEach(issue -> byField.put(issue.field(), issue.issue()));
		List<FieldIssue> merged = e.issues()
			.stream()
			.map(issue -> byField.containsKey(issue.field()) ? new FieldIssue(issue.field(), byField.get(issue.field()))
					: issue)
			.toList();
		return FormErrors.of(new InvalidInput(merged));
	}

}
