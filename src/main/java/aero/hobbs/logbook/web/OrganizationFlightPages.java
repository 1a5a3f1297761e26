package aero.hobbs.logbook.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.aircraft.fleet.FleetStatus;
import aero.hobbs.logbook.Flight;
import aero.hobbs.logbook.FlightColumn;
import aero.hobbs.logbook.OrganizationLogbook;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.Members;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.Role;
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

/**
 * An organization's flights page: the flights (everyone's, or the viewer's own), a date
 * filter, and the short form to log a flight in a fleet aircraft. The full flight form
 * stays on the logbook page.
 */
@Controller
class OrganizationFlightPages {

	static final int PAGE_SIZE = 50;

	private static final EnumSet<Role> INSTRUCTING = EnumSet.of(Role.OWNER, Role.ADMIN, Role.INSTRUCTOR);

	private final OrganizationLogbook logbook;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Fleet fleet;

	private final Members members;

	private final Clock clock;

	OrganizationFlightPages(OrganizationLogbook logbook, OrganizationAccess access, Organizations organizations,
			Fleet fleet, Members members, Clock clock) {
		this.logbook = logbook;
		this.access = access;
		this.organizations = organizations;
		this.fleet = fleet;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping("/organizations/{orgId}/flights")
	String flights(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		Map<String, String> blank = new LinkedHashMap<>();
		blank.put("flight_date", LocalDate.now(clock.withZone(organizations.settings(organization).zone())).toString());
		return page(user, organization, from, to, page, model, blank, FormErrors.none());
	}

	@PostMapping("/organizations/{orgId}/flights")
	String log(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID orgId,
			@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		List<FieldIssue> formIssues = new ArrayList<>();
		Map<String, Object> attributes = FlightForm.attributes(typed, formIssues);
		attributes.put("aircraft_id", typed.getOrDefault("aircraft_id", ""));
		attributes.put("instructor_id", typed.getOrDefault("instructor_id", ""));
		try {
			Flight flight = logbook.log(organization, user.id(), attributes);
			redirect.addFlashAttribute("notice", "Flight of " + flight.values().date() + " in "
					+ flight.values().text(FlightColumn.AIRCRAFT_REGISTRATION) + " logged.");
		}
		catch (InvalidInput e) {
			return page(user, organization, null, null, 1, model, typed, errors(e, formIssues));
		}
		return "redirect:/organizations/" + orgId + "/flights";
	}

	private String page(SignedInUser user, OrganizationId organization, @Nullable LocalDate from,
			@Nullable LocalDate to, int page, Model model, Map<String, String> values, FormErrors errors) {
		Member member = access.require(organization, user.id(), Permission.FLIGHTS_LOG);
		Organization org = organizations.settings(organization);
		int current = Math.max(1, page);
		OrganizationLogbook.Listing listing = logbook.list(organization, user.id(),
				new OrganizationLogbook.Filter(from, to, null, null), (long) (current - 1) * PAGE_SIZE, PAGE_SIZE);
		List<Member> directory = members.list(organization, user.id());
		Map<UUID, String> names = new LinkedHashMap<>();
		directory.forEach(m -> names.put(m.userId().value(), m.name()));
		List<FleetAircraft> aircraft = fleet.list(organization, user.id());
		model.addAttribute("org", org);
		model.addAttribute("member", member);
		model.addAttribute("flights", listing.flights().stream().map(f -> OrganizationFlightRow.of(f, names)).toList());
		model.addAttribute("everyone", listing.everyone());
		model.addAttribute("total", listing.total());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (listing.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("aircraft", aircraft.stream().filter(a -> a.status() != FleetStatus.GROUNDED).toList());
		model.addAttribute("grounded", aircraft.stream().filter(a -> a.status() == FleetStatus.GROUNDED).toList());
		model.addAttribute("instructors",
				directory.stream()
					.filter(m -> INSTRUCTING.contains(m.role()) && !m.userId().equals(user.id()))
					.toList());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "logbook/organization-flights";
	}

	/**
	 * The logbook's issues, with the form's own wording for durations it could not read.
	 */
	private static FormErrors errors(InvalidInput e, List<FieldIssue> formIssues) {
		Map<String, String> byField = new LinkedHashMap<>();
		formIssues.forEach(issue -> byField.put(issue.field(), issue.issue()));
		return FormErrors.of(new InvalidInput(e.issues()
			.stream()
			.map(issue -> byField.containsKey(issue.field()) ? new FieldIssue(issue.field(), byField.get(issue.field()))
					: issue)
			.toList()));
	}

}
