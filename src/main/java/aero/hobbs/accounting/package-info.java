/**
 * An organization's accounting: invoices to its members (drafted by hand or from a flight
 * in the organization's aircraft, numbered without gaps when issued), expenses, and the
 * monthly summary of revenue and expenses per aircraft. The instructor rates that
 * invoices drafted from flights charge are kept here too. Publishes
 * {@link aero.hobbs.accounting.InvoiceCreated},
 * {@link aero.hobbs.accounting.InvoiceIssued}, {@link aero.hobbs.accounting.InvoicePaid}
 * and {@link aero.hobbs.accounting.InvoiceVoided}.
 */
@ApplicationModule(displayName = "Accounting",
		allowedDependencies = { "organizations", "aircraft :: fleet", "logbook", "accounts", "shared",
				"shared :: web" })
@NullMarked
package aero.hobbs.accounting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
