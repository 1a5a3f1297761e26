package aero.hobbs.accounting.web;

import java.util.Optional;
import java.util.UUID;

import aero.hobbs.accounting.InvoiceId;
import aero.hobbs.accounting.invoices.Invoices;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.web.ApiResource;
import aero.hobbs.shared.web.ResourceViews;

import org.springframework.stereotype.Component;

/**
 * An invoice as {@code GET /v1/organizations/{orgId}/invoices/{invoiceId}} answers it.
 */
@Component
class InvoiceViews implements ResourceViews {

	private final Invoices invoices;

	InvoiceViews(Invoices invoices) {
		this.invoices = invoices;
	}

	@Override
	public String type() {
		return "invoice";
	}

	@Override
	public Optional<ApiResource<?>> find(UUID organizationId, String id) {
		UUID invoiceId;
		try {
			invoiceId = UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return invoices.inOrganization(new OrganizationId(organizationId), new InvoiceId(invoiceId))
			.map(InvoiceResource::of);
	}

}
