package aero.hobbs.accounting.summary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import aero.hobbs.accounting.expenses.ExpenseCategory;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The monthly summary of an organization's books (see {@link MonthlySummary}). */
@Service
public class MonthlySummaries {

	private final SummaryQueries queries;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Fleet fleet;

	private final Clock clock;

	MonthlySummaries(SummaryQueries queries, OrganizationAccess access, Organizations organizations, Fleet fleet,
			Clock clock) {
		this.queries = queries;
		this.access = access;
		this.organizations = organizations;
		this.fleet = fleet;
		this.clock = clock;
	}

	/**
	 * The summary of {@code month} as given (YYYY-MM); the current month in the
	 * organization's time zone when blank.
	 */
	public MonthlySummary of(OrganizationId organization, UserId actor, @Nullable String month) {
		access.require(organization, actor, Permission.ACCOUNTING_VIEW);
		return of(organization, actor, parseMonth(organization, month));
	}

	/** The month as given (YYYY-MM), or the current one in the organization's zone. */
	public YearMonth parseMonth(OrganizationId organization, @Nullable String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.now(clock.withZone(organizations.settings(organization).zone()));
		}
		try {
			return YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput("month", "Month must be in YYYY-MM format");
		}
	}

	public MonthlySummary of(OrganizationId organization, UserId actor, YearMonth month) {
		access.require(organization, actor, Permission.ACCOUNTING_VIEW);
		Organization settings = organizations.settings(organization);
		String currency = settings.currency();
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		ZoneId zone = settings.zone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

		SummaryQueries.Issued issued = queries.issued(organization, currency, from, to);
		SummaryQueries.Paid paid = queries.paid(organization, currency, start, end);
		Map<UUID, BigDecimal> aircraftRevenue = queries.revenueByAircraft(organization, currency, from, to);
		Map<@Nullable Object, BigDecimal> aircraftExpenses = queries.expensesBy("aircraft_id", organization, currency,
				from, to);
		Map<@Nullable Object, BigDecimal> categories = queries.expensesBy("category", organization, currency, from, to);

		BigDecimal expenses = categories.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		Set<UUID> aircraft = new LinkedHashSet<>(aircraftRevenue.keySet());
		aircraftExpenses.keySet().stream().filter(UUID.class::isInstance).map(UUID.class::cast).forEach(aircraft::add);
		List<MonthlySummary.AircraftRow> perAircraft = new ArrayList<>();
		for (UUID id : aircraft) {
			BigDecimal revenue = aircraftRevenue.getOrDefault(id, BigDecimal.ZERO);
			BigDecimal spent = aircraftExpenses.getOrDefault(id, BigDecimal.ZERO);
			perAircraft.add(new MonthlySummary.AircraftRow(id, registration(organization, id), money(revenue, currency),
					money(spent, currency), money(revenue.subtract(spent), currency)));
		}
		perAircraft.sort((a, b) -> String.valueOf(a.registration()).compareTo(String.valueOf(b.registration())));
		List<MonthlySummary.CategoryRow> byCategory = new ArrayList<>();
		for (ExpenseCategory category : ExpenseCategory.values()) {
			BigDecimal amount = categories.get(category.wireName());
			if (amount != null) {
				byCategory.add(new MonthlySummary.CategoryRow(category, money(amount, currency)));
			}
		}
		return new MonthlySummary(month, currency, money(issued.net(), currency), money(issued.tax(), currency),
				money(issued.gross(), currency), issued.count(), money(paid.gross(), currency), paid.count(),
				money(expenses, currency), money(issued.net().subtract(expenses), currency), perAircraft, byCategory);
	}

	/**
	 * Revenue and expenses of the {@code months} months up to and including {@code last}.
	 */
	public List<MonthlySummary.MonthRow> trend(OrganizationId organization, UserId actor, YearMonth last, int months) {
		access.require(organization, actor, Permission.ACCOUNTING_VIEW);
		String currency = organizations.settings(organization).currency();
		YearMonth first = last.minusMonths(months - 1L);
		LocalDate from = first.atDay(1);
		LocalDate to = last.atEndOfMonth();
		Map<YearMonth, BigDecimal> revenue = byMonth(queries.revenueByDay(organization, currency, from, to));
		Map<YearMonth, BigDecimal> expenses = byMonth(queries.expensesByDay(organization, currency, from, to));
		List<MonthlySummary.MonthRow> rows = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			rows.add(new MonthlySummary.MonthRow(month, money(revenue.getOrDefault(month, BigDecimal.ZERO), currency),
					money(expenses.getOrDefault(month, BigDecimal.ZERO), currency)));
		}
		return rows;
	}

	private @Nullable String registration(OrganizationId organization, UUID aircraft) {
		try {
			return fleet.inOrganization(organization, aircraft).registration();
		}
		catch (NotFound e) {
			return null;
		}
	}

	private static Map<YearMonth, BigDecimal> byMonth(Map<LocalDate, BigDecimal> byDay) {
		Map<YearMonth, BigDecimal> sums = new TreeMap<>();
		byDay.forEach((day, amount) -> sums.merge(YearMonth.from(day), amount, BigDecimal::add));
		return sums;
	}

	private static Money money(BigDecimal amount, String currency) {
		return new Money(amount.stripTrailingZeros(), currency);
	}

}
