package aero.hobbs.accounting;

import java.time.Instant;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.UserId;

/** An issued invoice was marked paid. */
public record InvoicePaid(OrganizationId organizationId, InvoiceId invoiceId, UserId memberId, String number,
		Money total, Instant paidAt) {
}
