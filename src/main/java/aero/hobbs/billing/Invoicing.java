package aero.hobbs.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.Connector;
import aero.hobbs.connectors.Connectors;
import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes and lists the monthly invoice item per connector. Months are calendar months in
 * UTC. An item is {@link AllowedUsers#qualifiedUsers the users that qualified} in the
 * month, counted as of its end, times {@link Connectors#priceFor the price in effect on
 * its last day}; it is written once, after the month has ended, and never changed.
 * <p>
 * A connector without any price in effect on the month's last day gets no item for it: a
 * warning is logged and the month stays open, so the daily job (or the admin) invoices it
 * once a price for it is set. An item without a price would bill nothing and hide the
 * gap. (Connectors are created with a price from their first month on, so this only
 * happens when prices are edited into the past.)
 */
@Service
public class Invoicing {

	private static final Logger log = LoggerFactory.getLogger(Invoicing.class);

	private final Connectors connectors;

	private final AllowedUsers allowedUsers;

	private final InvoiceItemRepository items;

	private final Clock clock;

	Invoicing(Connectors connectors, AllowedUsers allowedUsers, InvoiceItemRepository items, Clock clock) {
		this.connectors = connectors;
		this.allowedUsers = allowedUsers;
		this.items = items;
		this.clock = clock;
	}

	/**
	 * Writes the missing items of an ended month for every connector created before its
	 * end and answers all of the month's items. Idempotent: an item that exists is kept
	 * as it is, also when two nodes invoice the same month at once.
	 * @throws MonthNotEnded if the month has not ended yet (UTC)
	 */
	public List<InvoiceItem> invoiceMonth(YearMonth month) {
		Instant end = end(month);
		if (clock.instant().isBefore(end)) {
			throw new MonthNotEnded(month, end);
		}
		Set<Long> invoiced = items.find(month, null).stream().map(InvoiceItem::connectorId).collect(Collectors.toSet());
		for (Connector connector : connectors.list()) {
			if (connector.createdAt().isBefore(end) && !invoiced.contains(connector.id())) {
				invoice(connector, month);
			}
		}
		return list(month, null);
	}

	/**
	 * Invoices every ended month, from the month each connector was created in, that has
	 * no item yet, and answers how many items it wrote. This is what the daily job runs:
	 * normally it writes the previous month's items on the 1st, and it catches up months
	 * missed while no node ran or while a price was missing. A connector that fails is
	 * logged and the others go on; the run then fails so that the scheduler records it.
	 */
	public int invoiceEndedMonths() {
		YearMonth last = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).minusMonths(1);
		int written = 0;
		int failed = 0;
		for (Connector connector : connectors.list()) {
			try {
				Set<YearMonth> invoiced = items.months(connector.id());
				YearMonth first = YearMonth.from(connector.createdAt().atZone(ZoneOffset.UTC));
				for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
					if (!invoiced.contains(month) && invoice(connector, month)) {
						written++;
					}
				}
			}
			catch (RuntimeException e) {
				failed++;
				log.error("Could not invoice connector {}", connector.id(), e);
			}
		}
		log.info("Invoiced ended months up to {}: {} new items", last, written);
		if (failed > 0) {
			throw new IllegalStateException(failed + " connectors could not be invoiced; see the log");
		}
		return written;
	}

	/**
	 * Items, the latest month first and by connector name within a month; a null filter
	 * matches every month or connector.
	 */
	public List<InvoiceItem> list(@Nullable YearMonth month, @Nullable Long connectorId) {
		Map<Long, String> names = connectors.list().stream().collect(Collectors.toMap(Connector::id, Connector::name));
		return items.find(month, connectorId)
			.stream()
			.map(item -> item.withConnectorName(names.get(item.connectorId())))
			.sorted(Comparator.comparing(InvoiceItem::month)
				.reversed()
				.thenComparing(item -> item.connectorName() == null ? "" : item.connectorName(),
						String.CASE_INSENSITIVE_ORDER)
				.thenComparing(InvoiceItem::connectorId))
			.toList();
	}

	/**
	 * Writes the connector's item for the ended month; false if there was one or no
	 * price.
	 */
	private boolean invoice(Connector connector, YearMonth month) {
		Optional<Money> price = connectors.priceFor(connector.id(), month);
		if (price.isEmpty()) {
			log.warn("Connector {} has no price in effect on {}; {} is not invoiced until one is set", connector.id(),
					month.atEndOfMonth(), month);
			return false;
		}
		int users = allowedUsers.qualifiedUsers(connector.id(), month, end(month));
		return items.insertIfAbsent(new InvoiceItem(UUID.randomUUID(), connector.id(), connector.name(), month, users,
				price.get(), price.get().times(users), clock.instant()));
	}

	private static Instant end(YearMonth month) {
		return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
