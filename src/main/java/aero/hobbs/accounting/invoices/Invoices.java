package aero.hobbs.accounting.invoices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.accounting.DateRange;
import aero.hobbs.accounting.InvoiceCreated;
import aero.hobbs.accounting.InvoiceId;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.Forbidden;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's invoices: reading them, and drafting, editing and deleting drafts.
 * Admins (ACCOUNTING_VIEW) see every invoice; any other member sees only their own, and
 * only once issued: drafts are the organization's work in progress. Asking for another
 * member's invoice is refused (403): the caller is a member, so the id reveals nothing.
 * Issuing, payment and voiding are {@link InvoiceLifecycle}'s.
 */
@Service
public class Invoices {

	private final InvoiceRepository invoices;

	private final InvoiceLineRules lineRules;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Invoices(InvoiceRepository invoices, InvoiceLineRules lineRules, OrganizationAccess access,
			Organizations organizations, ApplicationEventPublisher events, Clock clock) {
		this.invoices = invoices;
		this.lineRules = lineRules;
		this.access = access;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/** Newest first, by issue date (a draft by the day it was created). */
	public InvoicePage list(OrganizationId organization, UserId actor, InvoiceFilter filter, long offset, int limit) {
		Member viewer = access.require(organization, actor, Permission.ACCOUNTING_VIEW_OWN);
		List<FieldIssue> issues = new ArrayList<>();
		DateRange dates = DateRange.parse(filter.from(), filter.to(), issues);
		InvoiceStatus status = null;
		if (filter.status() != null && !filter.status().isBlank()) {
			status = InvoiceStatus.fromWire(filter.status()).orElse(null);
			if (status == null) {
				issues.add(new FieldIssue("status", "Choose one of: draft, issued, paid, void"));
			}
		}
		UUID member = uuid("member_id", filter.memberId(), issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		boolean all = viewer.can(Permission.ACCOUNTING_VIEW);
		InvoiceRepository.Criteria criteria = new InvoiceRepository.Criteria(dates, status,
				all ? member : actor.value(), all);
		if (!all && member != null && !member.equals(actor.value())) {
			return new InvoicePage(List.of(), 0);
		}
		return new InvoicePage(invoices.list(organization, criteria, offset, limit),
				invoices.count(organization, criteria));
	}

	public Invoice find(OrganizationId organization, UserId actor, InvoiceId id) {
		Member viewer = access.require(organization, actor, Permission.ACCOUNTING_VIEW_OWN);
		Invoice invoice = invoices.find(organization, id).orElseThrow(() -> new NotFound("Invoice"));
		if (!viewer.can(Permission.ACCOUNTING_VIEW)) {
			if (!invoice.memberId().equals(actor)) {
				throw new Forbidden(
						"Only your own invoices are shown to you; every invoice needs the owner or" + " admin role");
			}
			if (invoice.isDraft()) {
				throw new Forbidden("This invoice is still a draft; it is shown to you once it is issued");
			}
		}
		return invoice;
	}

	/**
	 * The organization's invoice, for a caller that has decided who may see it (webhook
	 * payloads); empty when the organization has none with this id.
	 */
	public Optional<Invoice> inOrganization(OrganizationId organization, InvoiceId id) {
		return invoices.find(organization, id);
	}

	/** Drafts an invoice to a member; it gets its number when issued. */
	@Transactional
	public Invoice draft(OrganizationId organization, UserId actor, InvoiceDetails details) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		Organization settings = organizations.settings(organization);
		List<FieldIssue> issues = new ArrayList<>();
		Member billTo = billTo(organization, details.memberId(), true, issues);
		LocalDate due = DateRange.date("due_date", details.dueDate(), issues);
		String notes = notes(details.notes(), issues);
		List<InvoiceLine> lines = lineRules.check(organization, details.lines() == null ? List.of() : details.lines(),
				settings.currency(), issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		return store(organization, actor, billTo, lines, due, notes, null);
	}

	/**
	 * Stores a new draft of checked parts and announces it; a flight may be on one open
	 * invoice only (the database enforces it too).
	 */
	Invoice store(OrganizationId organization, UserId actor, Member billTo, List<InvoiceLine> lines,
			@Nullable LocalDate due, @Nullable String notes, @Nullable UUID flightId) {
		Organization settings = organizations.settings(organization);
		if (flightId != null) {
			invoices.openForFlight(organization, flightId).ifPresent(Invoices::alreadyInvoiced);
		}
		Instant now = now();
		Invoice draft = new Invoice(InvoiceId.random(), organization, billTo.userId(), billTo.name(),
				InvoiceStatus.DRAFT, null, settings.currency(), lines, LocalDate.ofInstant(now, settings.zone()), null,
				due, notes, flightId, null, null, null, null, null, null, actor, now, now);
		try {
			invoices.insert(draft);
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("from_flight_id", "The flight was invoiced at the same moment by another request");
		}
		events.publishEvent(new InvoiceCreated(organization, draft.id(), draft.memberId()));
		return draft;
	}

	private static void alreadyInvoiced(Invoice open) {
		throw new Conflict("from_flight_id",
				"The flight is already on " + (open.number() == null ? "a draft invoice" : "invoice " + open.number())
						+ "; void that invoice to draft a new one");
	}

	/** Changes a draft; what {@code details} leaves null stays as it is. */
	@Transactional
	public Invoice update(OrganizationId organization, UserId actor, InvoiceId id, InvoiceDetails details) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		Invoice current = invoices.lock(organization, id).orElseThrow(() -> new NotFound("Invoice"));
		current.requireDraft();
		List<FieldIssue> issues = new ArrayList<>();
		Member billTo = details.memberId() == null ? null : billTo(organization, details.memberId(), true, issues);
		LocalDate due = details.dueDate() == null ? current.dueDate()
				: DateRange.date("due_date", details.dueDate(), issues);
		String notes = details.notes() == null ? current.notes() : notes(details.notes(), issues);
		List<InvoiceLine> lines = details.lines() == null ? current.lines()
				: lineRules.check(organization, details.lines(), current.currency(), issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		Invoice edited = current.edited(billTo == null ? current.memberId() : billTo.userId(),
				billTo == null ? current.billToName() : billTo.name(), lines, due, notes, now());
		invoices.update(edited);
		return edited;
	}

	/** Deletes a draft; an issued invoice keeps its number and is voided instead. */
	@Transactional
	public void delete(OrganizationId organization, UserId actor, InvoiceId id) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		Invoice current = invoices.lock(organization, id).orElseThrow(() -> new NotFound("Invoice"));
		if (!current.isDraft()) {
			throw new Conflict("status", current.title() + " is " + current.status().wireName()
					+ "; only drafts can be deleted — void it instead, so that its number stays accounted for");
		}
		invoices.delete(organization, id);
	}

	/**
	 * The flights among {@code flightIds} that an invoice (not void) was drafted from.
	 */
	public List<UUID> invoicedFlights(OrganizationId organization, UserId actor, List<UUID> flightIds) {
		access.require(organization, actor, Permission.ACCOUNTING_VIEW);
		return invoices.invoicedFlights(organization, flightIds);
	}

	private @Nullable Member billTo(OrganizationId organization, @Nullable String memberId, boolean required,
			List<FieldIssue> issues) {
		UUID id = uuid("member_id", memberId, issues);
		if (id == null) {
			if (required && (memberId == null || memberId.isBlank())) {
				issues.add(new FieldIssue("member_id", "Choose the member the invoice is to"));
			}
			return null;
		}
		Member member = access.membership(organization, new UserId(id)).orElse(null);
		if (member == null) {
			issues.add(new FieldIssue("member_id", "This user is not a member of the organization"));
		}
		return member;
	}

	static @Nullable String notes(@Nullable String notes, List<FieldIssue> issues) {
		String trimmed = notes == null || notes.isBlank() ? null : notes.trim();
		if (trimmed != null && trimmed.length() > 2000) {
			issues.add(new FieldIssue("notes", "Use at most 2000 characters for the notes"));
		}
		return trimmed;
	}

	static @Nullable UUID uuid(String field, @Nullable String value, List<FieldIssue> issues) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException e) {
			issues.add(new FieldIssue(field, "Not an id"));
			return null;
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
