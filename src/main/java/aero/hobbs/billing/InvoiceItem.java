package aero.hobbs.billing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;

/**
 * What one connector owes for one calendar month (UTC): {@code qualifiedUsers} times
 * {@code unitPrice}, the monthly price per qualified user in effect on the month's last
 * day. {@code connectorName} is the connector's current name, null if it is gone.
 */
public record InvoiceItem(UUID id, long connectorId, @Nullable String connectorName, YearMonth month,
		int qualifiedUsers, Money unitPrice, Money total, Instant createdAt) {

	InvoiceItem withConnectorName(@Nullable String name) {
		return new InvoiceItem(id, connectorId, name, month, qualifiedUsers, unitPrice, total, createdAt);
	}

}
