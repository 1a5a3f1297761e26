package aero.hobbs.accounting.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.DateRange;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.logbook.FlightId;
import aero.hobbs.logbook.Logbook;
import aero.hobbs.logbook.OrganizationFlight;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts the invoice for a flight flown in the organization: the aircraft's hourly rate ×
 * block time, plus the instruction time × the instructor's rate, billed to the pilot.
 * Hours are minutes / 60 to two decimals, rounded HALF_UP (exact whenever the minutes are
 * a multiple of 3: 90 min = 1.5 h, 50 min = 0.83 h), so every line's amount is its
 * quantity × unit price. A flight is on at most one invoice that is not void.
 */
@Service
public class FlightInvoices {

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	private final Logbook logbook;

	private final Fleet fleet;

	private final AccountingRates rates;

	private final Invoices invoices;

	private final OrganizationAccess access;

	private final Organizations organizations;

	FlightInvoices(Logbook logbook, Fleet fleet, AccountingRates rates, Invoices invoices, OrganizationAccess access,
			Organizations organizations) {
		this.logbook = logbook;
		this.fleet = fleet;
		this.rates = rates;
		this.invoices = invoices;
		this.access = access;
		this.organizations = organizations;
	}

	/**
	 * The draft for the flight; {@code details} may carry a due date and notes, but not a
	 * member or lines, which come from the flight.
	 */
	@Transactional
	public Invoice draftFromFlight(OrganizationId organization, UserId actor, String flightId, InvoiceDetails details) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		List<FieldIssue> issues = new ArrayList<>();
		UUID id = Invoices.uuid("from_flight_id", flightId, issues);
		if (details.memberId() != null) {
			issues.add(new FieldIssue("member_id", "Leave out member_id: the flight's pilot is billed"));
		}
		if (details.lines() != null) {
			issues
				.add(new FieldIssue("lines", "Leave out lines: they are made from the flight (edit the draft after)"));
		}
		var due = DateRange.date("due_date", details.dueDate(), issues);
		String notes = Invoices.notes(details.notes(), issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		OrganizationFlight flight = logbook.findInOrganization(organization, new FlightId(id));
		Member pilot = access.membership(organization, flight.pilot())
			.orElseThrow(() -> new Conflict("from_flight_id",
					"The flight's pilot is no longer a member of the organization, so there is no one to bill"));
		Rates current = rates.current(organization);
		String currency = organizations.settings(organization).currency();
		List<InvoiceLine> lines = new ArrayList<>();
		BigDecimal blockHours = hours(flight.blockTime());
		if (blockHours.signum() > 0) {
			FleetAircraft aircraft = aircraft(organization, flight);
			lines.add(InvoiceLine.of(aircraftLine(flight, aircraft, blockHours), blockHours,
					inCurrency(aircraft.rate(), currency, "aircraft " + aircraft.registration()),
					current.defaultTaxRate(), aircraft.id()));
		}
		BigDecimal instructionHours = hours(flight.instructionTime());
		if (flight.instructor() != null && instructionHours.signum() > 0) {
			lines.add(instructionLine(organization, flight.instructor(), instructionHours, current, currency));
		}
		if (lines.isEmpty()) {
			throw new Conflict("from_flight_id", "The flight has no block time or instruction to charge for");
		}
		return invoices.store(organization, actor, pilot, lines, due, notes, id);
	}

	/** Minutes / 60, to two decimals, HALF_UP. */
	static BigDecimal hours(Duration time) {
		return BigDecimal.valueOf(time.toMinutes()).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	private FleetAircraft aircraft(OrganizationId organization, OrganizationFlight flight) {
		try {
			return fleet.inOrganization(organization, flight.aircraftId());
		}
		catch (NotFound e) {
			throw new Conflict("from_flight_id", "The flight's aircraft " + flight.registration()
					+ " is no longer in the fleet, so it has no rate: draft this invoice by hand");
		}
	}

	private static String aircraftLine(OrganizationFlight flight, FleetAircraft aircraft, BigDecimal hours) {
		String route = flight.departure() == null && flight.destination() == null ? ""
				: " " + dash(flight.departure()) + "–" + dash(flight.destination());
		return "Aircraft " + aircraft.registration() + " " + aircraft.typeCode() + ", "
				+ flight.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + route + ", " + hours.toPlainString() + " h";
	}

	private InvoiceLine instructionLine(OrganizationId organization, UserId instructor, BigDecimal hours, Rates current,
			String currency) {
		String name = access.membership(organization, instructor).map(Member::name).orElse("a former member");
		Money rate = current.forInstructor(instructor);
		if (rate != null) {
			inCurrency(rate, currency, "instructor " + name);
		}
		String description = "Instruction by " + name + ", " + hours.toPlainString() + " h"
				+ (rate == null ? " (no instructor rate set)" : "");
		return InvoiceLine.of(description, hours, rate == null ? new Money(BigDecimal.ZERO, currency) : rate,
				current.defaultTaxRate(), null);
	}

	private static String dash(@Nullable String airport) {
		return airport == null || airport.isBlank() ? "?" : airport;
	}

	/** Refuses a rate set before the organization changed its currency. */
	private static Money inCurrency(Money rate, String currency, String whose) {
		if (!rate.currency().equals(currency)) {
			throw new Conflict("from_flight_id", "The hourly rate of " + whose + " is in " + rate.currency()
					+ " but the organization bills in " + currency + ": set the rate again first");
		}
		return rate;
	}

}
