package aero.hobbs.accounting.expenses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.DateRange;
import aero.hobbs.accounting.MoneyInput;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's expenses: admins (ACCOUNTING_VIEW) read them, ACCOUNTING_MANAGE
 * records, changes and removes them. Amounts are in the organization's currency and
 * greater than zero.
 */
@Service
public class Expenses {

	private final ExpenseRepository expenses;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Fleet fleet;

	private final Clock clock;

	Expenses(ExpenseRepository expenses, OrganizationAccess access, Organizations organizations, Fleet fleet,
			Clock clock) {
		this.expenses = expenses;
		this.access = access;
		this.organizations = organizations;
		this.fleet = fleet;
		this.clock = clock;
	}

	/** Newest first by date. */
	public ExpensePage list(OrganizationId organization, UserId actor, ExpenseFilter filter, long offset, int limit) {
		access.require(organization, actor, Permission.ACCOUNTING_VIEW);
		List<FieldIssue> issues = new ArrayList<>();
		DateRange dates = DateRange.parse(filter.from(), filter.to(), issues);
		ExpenseCategory category = null;
		if (filter.category() != null && !filter.category().isBlank()) {
			category = ExpenseCategory.fromWire(filter.category()).orElse(null);
			if (category == null) {
				issues.add(new FieldIssue("category", "Choose one of: " + ExpenseCategory.choices()));
			}
		}
		UUID aircraft = null;
		if (filter.aircraftId() != null && !filter.aircraftId().isBlank()) {
			try {
				aircraft = UUID.fromString(filter.aircraftId().trim());
			}
			catch (IllegalArgumentException e) {
				issues.add(new FieldIssue("aircraft_id", "Not an id"));
			}
		}
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		ExpenseRepository.Criteria criteria = new ExpenseRepository.Criteria(dates, category, aircraft);
		return new ExpensePage(expenses.list(organization, criteria, offset, limit),
				expenses.count(organization, criteria));
	}

	public Expense find(OrganizationId organization, UserId actor, UUID id) {
		access.require(organization, actor, Permission.ACCOUNTING_VIEW);
		return expenses.find(organization, id).orElseThrow(() -> new NotFound("Expense"));
	}

	@Transactional
	public Expense add(OrganizationId organization, UserId actor, ExpenseDetails details) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		Checked checked = check(organization, details);
		Instant now = now();
		Expense expense = new Expense(UUID.randomUUID(), organization, checked.category(), checked.amount(),
				checked.date(), checked.aircraftId(), checked.note(), actor, now, now);
		expenses.insert(expense);
		return expense;
	}

	@Transactional
	public Expense update(OrganizationId organization, UserId actor, UUID id, ExpenseDetails details) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		Expense current = expenses.find(organization, id).orElseThrow(() -> new NotFound("Expense"));
		Checked checked = check(organization, details);
		Expense changed = new Expense(id, organization, checked.category(), checked.amount(), checked.date(),
				checked.aircraftId(), checked.note(), current.createdBy(), current.createdAt(), now());
		expenses.update(changed);
		return changed;
	}

	@Transactional
	public void remove(OrganizationId organization, UserId actor, UUID id) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		if (!expenses.delete(organization, id)) {
			throw new NotFound("Expense");
		}
	}

	private Checked check(OrganizationId organization, ExpenseDetails details) {
		List<FieldIssue> issues = new ArrayList<>();
		ExpenseCategory category = details.category() == null || details.category().isBlank() ? null
				: ExpenseCategory.fromWire(details.category()).orElse(null);
		if (category == null) {
			issues.add(new FieldIssue("category", "Choose one of: " + ExpenseCategory.choices()));
		}
		String currency = organizations.settings(organization).currency();
		Money amount = (details.amount() == null ? MoneyInput.of(null) : details.amount()).toMoney("amount", currency,
				issues);
		if (amount != null && amount.amount().signum() == 0) {
			issues.add(new FieldIssue("amount", "The amount must be greater than 0"));
		}
		LocalDate date = DateRange.date("date", details.date(), issues);
		if (date == null && (details.date() == null || details.date().isBlank())) {
			issues.add(new FieldIssue("date", "Enter the expense's date (YYYY-MM-DD)"));
		}
		UUID aircraft = aircraft(organization, details.aircraftId(), issues);
		String note = details.note() == null || details.note().isBlank() ? null : details.note().trim();
		if (note != null && note.length() > 500) {
			issues.add(new FieldIssue("note", "Use at most 500 characters for the note"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		return new Checked(category, amount, date, aircraft, note);
	}

	private @Nullable UUID aircraft(OrganizationId organization, @Nullable String value, List<FieldIssue> issues) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(value.trim());
			fleet.inOrganization(organization, id);
			return id;
		}
		catch (IllegalArgumentException | NotFound e) {
			issues.add(new FieldIssue("aircraft_id", "No aircraft with this id in the organization's fleet"));
			return null;
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private record Checked(ExpenseCategory category, Money amount, LocalDate date, @Nullable UUID aircraftId,
			@Nullable String note) {
	}

}
