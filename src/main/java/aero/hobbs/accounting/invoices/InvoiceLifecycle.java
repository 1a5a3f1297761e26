package aero.hobbs.accounting.invoices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import aero.hobbs.accounting.InvoiceId;
import aero.hobbs.accounting.InvoiceIssued;
import aero.hobbs.accounting.InvoicePaid;
import aero.hobbs.accounting.InvoiceVoided;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an invoice through its statuses: issue (it gets the next number, see
 * {@link InvoiceCounter}), mark paid, void. Each locks the invoice's row first, so two
 * requests on one invoice take turns and the second sees what the first did.
 */
@Service
public class InvoiceLifecycle {

	private final InvoiceRepository invoices;

	private final InvoiceCounter counter;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvoiceLifecycle(InvoiceRepository invoices, InvoiceCounter counter, OrganizationAccess access,
			Organizations organizations, ApplicationEventPublisher events, Clock clock) {
		this.invoices = invoices;
		this.counter = counter;
		this.access = access;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues a draft: it is dated today in the organization's time zone and numbered
	 * {@code <year>-<count>} without gaps; from then on it cannot be edited.
	 */
	@Transactional
	public Invoice issue(OrganizationId organization, UserId actor, InvoiceId id) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		Invoice draft = invoices.lock(organization, id).orElseThrow(() -> new NotFound("Invoice"));
		// refuse before taking a number, so a refused issue cannot leave a gap
		draft.requireIssuable();
		Instant now = now();
		LocalDate today = LocalDate.ofInstant(now, organizations.settings(organization).zone());
		Invoice issued = draft.issued(counter.next(organization, today.getYear()), today, now);
		invoices.update(issued);
		events.publishEvent(
				new InvoiceIssued(organization, id, issued.memberId(), issued.number(), today, issued.total()));
		return issued;
	}

	@Transactional
	public Invoice pay(OrganizationId organization, UserId actor, InvoiceId id, PaymentDetails payment) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		Instant now = now();
		List<FieldIssue> issues = new ArrayList<>();
		Instant paidAt = now;
		if (payment.paidAt() != null && !payment.paidAt().isBlank()) {
			try {
				paidAt = Instant.parse(payment.paidAt().trim()).truncatedTo(ChronoUnit.MICROS);
				if (paidAt.isAfter(now)) {
					issues.add(new FieldIssue("paid_at", "A payment cannot be in the future"));
				}
			}
			catch (DateTimeParseException e) {
				issues.add(new FieldIssue("paid_at", "Give an ISO-8601 instant, e.g. 2026-12-01T10:00:00Z"));
			}
		}
		String method = text("method", payment.method(), 40, issues);
		String note = text("note", payment.note(), 500, issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		Invoice current = invoices.lock(organization, id).orElseThrow(() -> new NotFound("Invoice"));
		Invoice paid = current.paid(paidAt, method, note, now);
		invoices.update(paid);
		events.publishEvent(new InvoicePaid(organization, id, paid.memberId(), paid.number(), paid.total(), paidAt));
		return paid;
	}

	/** Voids a draft or an issued invoice; an issued one keeps its number. */
	@Transactional
	public Invoice voidInvoice(OrganizationId organization, UserId actor, InvoiceId id, @Nullable String reason) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		List<FieldIssue> issues = new ArrayList<>();
		String checked = text("reason", reason, 500, issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		Invoice current = invoices.lock(organization, id).orElseThrow(() -> new NotFound("Invoice"));
		Invoice voided = current.voided(checked, now());
		invoices.update(voided);
		events.publishEvent(new InvoiceVoided(organization, id, voided.memberId(), voided.number()));
		return voided;
	}

	private static @Nullable String text(String field, @Nullable String value, int max, List<FieldIssue> issues) {
		String trimmed = value == null || value.isBlank() ? null : value.trim();
		if (trimmed != null && trimmed.length() > max) {
			issues.add(new FieldIssue(field, "Use at most " + max + " characters"));
		}
		return trimmed;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
