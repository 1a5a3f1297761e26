package aero.hobbs.accounting;

import java.time.LocalDate;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.UserId;

/**
 * A draft became an issued invoice and got its number; {@code issueDate} is in the
 * organization's time zone.
 */
public record InvoiceIssued(OrganizationId organizationId, InvoiceId invoiceId, UserId memberId, String number,
		LocalDate issueDate, Money total) {
}
