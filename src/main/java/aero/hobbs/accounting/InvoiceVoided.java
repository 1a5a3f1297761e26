package aero.hobbs.accounting;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * A draft or issued invoice was voided; an issued one keeps its number ({@code number} is
 * null for a voided draft).
 */
public record InvoiceVoided(OrganizationId organizationId, InvoiceId invoiceId, UserId memberId,
		@Nullable String number) {
}
