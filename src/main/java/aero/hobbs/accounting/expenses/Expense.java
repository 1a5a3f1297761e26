package aero.hobbs.accounting.expenses;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * Money an organization spent, on a day ({@code date}, as the receipt says), optionally
 * for one fleet aircraft.
 */
public record Expense(UUID id, OrganizationId organizationId, ExpenseCategory category, Money amount, LocalDate date,
		@Nullable UUID aircraftId, @Nullable String note, UserId createdBy, Instant createdAt, Instant updatedAt) {
}
