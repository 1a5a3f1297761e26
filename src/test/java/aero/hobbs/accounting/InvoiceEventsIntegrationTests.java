package aero.hobbs.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import aero.hobbs.ApiClient;
import aero.hobbs.accounting.invoices.Invoice;
import aero.hobbs.accounting.invoices.InvoiceDetails;
import aero.hobbs.accounting.invoices.InvoiceLifecycle;
import aero.hobbs.accounting.invoices.InvoiceLineDetails;
import aero.hobbs.accounting.invoices.Invoices;
import aero.hobbs.accounting.invoices.PaymentDetails;
import aero.hobbs.organizations.OrganizationFixtures;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the invoice lifecycle publishes for webhooks (issue 6) to relay. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OrganizationFixtures.class)
@RecordApplicationEvents
class InvoiceEventsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationFixtures organizations;

	@Autowired
	Invoices invoices;

	@Autowired
	InvoiceLifecycle lifecycle;

	@Autowired
	ApplicationEvents events;

	@Test
	void publishesCreatedIssuedPaidAndVoided() {
		School school = organizations.aSchool(new ApiClient(port));
		UserId owner = UserId.of(school.owner().id());
		UserId student = UserId.of(school.student().id());
		InvoiceDetails draft = new InvoiceDetails(student.toString(), null, null,
				List.of(new InvoiceLineDetails("Briefing", "1", MoneyInput.of("40.00"), "0", null)));

		Invoice paid = invoices.draft(school.id(), owner, draft);
		lifecycle.issue(school.id(), owner, paid.id());
		lifecycle.pay(school.id(), owner, paid.id(), PaymentDetails.NOW);
		Invoice voided = invoices.draft(school.id(), owner, draft);
		lifecycle.voidInvoice(school.id(), owner, voided.id(), "Duplicate");

		assertThat(events.stream(InvoiceCreated.class)).extracting(InvoiceCreated::invoiceId)
			.containsExactly(paid.id(), voided.id());
		assertThat(events.stream(InvoiceIssued.class)).singleElement().satisfies(issued -> {
			assertThat(issued.memberId()).isEqualTo(student);
			assertThat(issued.number()).endsWith("-0001");
			assertThat(issued.total().formatted()).isEqualTo("40.00");
		});
		assertThat(events.stream(InvoicePaid.class)).singleElement()
			.satisfies(p -> assertThat(p.invoiceId()).isEqualTo(paid.id()));
		assertThat(events.stream(InvoiceVoided.class)).singleElement()
			.satisfies(v -> assertThat(v.number()).as("a voided draft has no number").isNull());
	}

}
