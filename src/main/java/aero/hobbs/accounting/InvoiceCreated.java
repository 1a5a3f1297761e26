package aero.hobbs.accounting;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;

/** A draft invoice was created for a member (the bill-to). */
public record InvoiceCreated(OrganizationId organizationId, InvoiceId invoiceId, UserId memberId) {
}
