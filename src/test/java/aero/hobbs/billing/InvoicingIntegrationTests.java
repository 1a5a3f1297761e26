package aero.hobbs.billing;

import static aero.hobbs.billing.InvoicingFixtures.anEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.Connectors;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invoicing a month against a real database, with the clock moved across month ends: who
 * qualifies, which price applies, and that a month is invoiced once.
 */
@BillingIntegrationTest
class InvoicingIntegrationTests {

	static final YearMonth DECEMBER_2024 = YearMonth.of(2024, 12);

	static final YearMonth JANUARY_2025 = YearMonth.of(2025, 1);

	@Autowired
	Invoicing invoicing;

	@Autowired
	Connectors connectors;

	@Autowired
	AllowedUsers allowedUsers;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	InvoicingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new InvoicingFixtures(connectors, allowedUsers, clock);
	}

	@Test
	void aRegistrationRemovedAtTheFirstInstantOfAMonthDoesNotCountInIt() {
		long connector = fixtures.aConnectorCreatedAt("2024-12-01T09:00:00Z", "4.00");
		String leaver = anEmail("leaves-at-midnight");
		fixtures.register(connector, leaver, "2024-12-10T10:00:00Z");
		fixtures.remove(connector, leaver, "2025-01-01T00:00:00Z");

		clock.set("2025-02-01T00:00:00Z");

		assertThat(only(invoicing.invoiceMonth(DECEMBER_2024), connector).qualifiedUsers()).isEqualTo(1);
		assertThat(only(invoicing.invoiceMonth(JANUARY_2025), connector).qualifiedUsers()).isZero();
	}

	@Test
	void countsRegistrationsThatLastedMoreThan48HoursAndBillsThePriceOfTheMonthsLastDay() {
		long connector = fixtures.aConnectorCreatedAt("2024-12-15T09:00:00Z", "4.00");
		// Registered in December and still registered: qualifies in December and in
		// January.
		fixtures.register(connector, anEmail("since-december"), "2024-12-20T10:00:00Z");
		// 24 hours: never qualifies.
		String oneDay = anEmail("one-day");
		fixtures.register(connector, oneDay, "2025-01-01T08:00:00Z");
		fixtures.remove(connector, oneDay, "2025-01-02T08:00:00Z");
		// Three days in mid-month: qualifies although removed.
		String threeDays = anEmail("three-days");
		fixtures.register(connector, threeDays, "2025-01-15T10:00:00Z");
		fixtures.remove(connector, threeDays, "2025-01-18T10:00:00Z");
		// Removed and added again: two qualifying registrations, one user.
		String readded = anEmail("readded");
		fixtures.register(connector, readded, "2025-01-05T10:00:00Z");
		fixtures.remove(connector, readded, "2025-01-10T10:00:00Z");
		fixtures.register(connector, readded, "2025-01-20T10:00:00Z");
		// 36 hours by the month's end: does not qualify in January.
		fixtures.register(connector, anEmail("late"), "2025-01-30T12:00:00Z");
		// Exactly 48 hours by the month's end is not more than 48 hours; one minute more
		// is.
		fixtures.register(connector, anEmail("exactly-48h"), "2025-01-30T00:00:00Z");
		fixtures.register(connector, anEmail("48h-and-a-minute"), "2025-01-29T23:59:00Z");
		// The price changes mid-month; the one in effect on the 31st bills January.
		fixtures.priceFrom(connector, "2025-01-16", "5.00");

		clock.set("2025-02-01T00:00:00Z");
		InvoiceItem december = only(invoicing.invoiceMonth(DECEMBER_2024), connector);
		InvoiceItem january = only(invoicing.invoiceMonth(JANUARY_2025), connector);

		assertThat(december.qualifiedUsers()).isEqualTo(1);
		assertThat(december.unitPrice()).isEqualTo(Money.of("4.00", "EUR"));
		assertThat(december.total()).isEqualTo(Money.of("4.00", "EUR"));
		assertThat(january.month()).isEqualTo(JANUARY_2025);
		assertThat(january.qualifiedUsers()).isEqualTo(4);
		assertThat(january.unitPrice()).isEqualTo(Money.of("5.00", "EUR"));
		assertThat(january.total()).isEqualTo(Money.of("20.00", "EUR"));
		assertThat(january.connectorName()).isEqualTo(fixtures.name(connector));
		assertThat(january.createdAt()).isEqualTo(clock.instant());
	}

	@Test
	void refusesAMonthThatHasNotEnded() {
		clock.set("2025-01-31T23:59:59Z");
		assertThatThrownBy(() -> invoicing.invoiceMonth(JANUARY_2025)).isInstanceOf(MonthNotEnded.class)
			.satisfies(e -> assertThat(((InvalidInput) e).issues().getFirst().field()).isEqualTo("month"))
			.hasMessageContaining("2025-01");
		assertThatThrownBy(() -> invoicing.invoiceMonth(YearMonth.of(2025, 6))).isInstanceOf(MonthNotEnded.class);

		clock.set("2025-02-01T00:00:00Z");
		assertThat(invoicing.invoiceMonth(JANUARY_2025))
			.allSatisfy(item -> assertThat(item.month()).isEqualTo(JANUARY_2025));
	}

	@Test
	void theJobWritesEachEndedMonthOnceWhenRunTwice() {
		long connector = fixtures.aConnectorCreatedAt("2025-02-10T12:00:00Z", "3.50");
		fixtures.register(connector, anEmail("pilot"), "2025-02-11T12:00:00Z");

		clock.set("2025-04-01T00:30:00Z");
		invoicing.invoiceEndedMonths();
		List<InvoiceItem> first = invoicing.list(null, connector);
		assertThat(invoicing.invoiceEndedMonths()).isZero();

		assertThat(invoicing.list(null, connector)).isEqualTo(first)
			.extracting(InvoiceItem::month, InvoiceItem::qualifiedUsers, InvoiceItem::total)
			.containsExactly(tuple(YearMonth.of(2025, 3), 1, Money.of("3.50", "EUR")),
					tuple(YearMonth.of(2025, 2), 1, Money.of("3.50", "EUR")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_invoice_item WHERE connector_id = :id")
			.param("id", connector)
			.query(Long.class)
			.single()).isEqualTo(2);
		// The admin's run for an invoiced month keeps the item as it is.
		assertThat(only(invoicing.invoiceMonth(YearMonth.of(2025, 2)), connector)).isEqualTo(first.getLast());
	}

	@Test
	void writesOneItemWhenTwoNodesInvoiceTheSameMonthAtOnce() throws Exception {
		long connector = fixtures.aConnectorCreatedAt("2025-05-03T12:00:00Z", "2.00");
		fixtures.register(connector, anEmail("pilot"), "2025-05-04T12:00:00Z");
		clock.set("2025-06-01T01:00:00Z");

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<List<InvoiceItem>>> nodes = List.of(1, 2)
			.stream()
			.map(node -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return invoicing.invoiceMonth(YearMonth.of(2025, 5));
			}))
			.toList();
		start.countDown();

		InvoiceItem one = only(nodes.get(0).get(), connector);
		InvoiceItem other = only(nodes.get(1).get(), connector);
		assertThat(one.id()).isEqualTo(other.id());
		assertThat(invoicing.list(YearMonth.of(2025, 5), connector)).singleElement()
			.extracting(InvoiceItem::total)
			.isEqualTo(Money.of("2.00", "EUR"));
	}

	@Test
	void invoicesNoMonthBeforeTheConnectorExisted() {
		long connector = fixtures.aConnectorCreatedAt("2025-08-20T12:00:00Z", "4.00");
		clock.set("2025-09-01T00:00:00Z");

		assertThat(invoicing.invoiceMonth(YearMonth.of(2025, 7))).noneMatch(item -> item.connectorId() == connector);
		assertThat(only(invoicing.invoiceMonth(YearMonth.of(2025, 8)), connector).qualifiedUsers()).isZero();
	}

	static InvoiceItem only(List<InvoiceItem> items, long connector) {
		return items.stream().filter(item -> item.connectorId() == connector).reduce((a, b) -> {
			throw new AssertionError("more than one item for connector " + connector + ": " + items);
		}).orElseThrow(() -> new AssertionError("no item for connector " + connector + ": " + items));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
