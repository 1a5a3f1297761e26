package aero.hobbs.accounting.invoices;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import aero.hobbs.accounting.MoneyInput;
import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rates admins set for invoices drafted from flights: a default instructor rate, one
 * per instructor where it differs, and the default tax rate. Rates are in the
 * organization's currency.
 */
@Service
public class AccountingRates {

	private final RateRepository rates;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Accounts accounts;

	private final Clock clock;

	AccountingRates(RateRepository rates, OrganizationAccess access, Organizations organizations, Accounts accounts,
			Clock clock) {
		this.rates = rates;
		this.access = access;
		this.organizations = organizations;
		this.accounts = accounts;
		this.clock = clock;
	}

	public Rates rates(OrganizationId organization, UserId actor) {
		access.require(organization, actor, Permission.ACCOUNTING_VIEW);
		return current(organization);
	}

	/** The rates, for this module's code that has already checked access. */
	Rates current(OrganizationId organization) {
		RateRepository.Settings settings = rates.settings(organization)
			.orElse(new RateRepository.Settings(null, BigDecimal.ZERO));
		List<RateRepository.Override> overrides = rates.overrides(organization);
		Map<UserId, Account> people = accounts
			.findAll(overrides.stream().map(RateRepository.Override::instructor).toList());
		List<Rates.InstructorRate> instructors = overrides.stream()
			.map(o -> new Rates.InstructorRate(o.instructor(),
					people.containsKey(o.instructor()) ? people.get(o.instructor()).name() : "Former member", o.rate()))
			.sorted(Comparator.comparing(Rates.InstructorRate::name))
			.toList();
		return new Rates(settings.instructorDefault(), settings.defaultTaxRate(), instructors);
	}

	@Transactional
	public Rates setDefaults(OrganizationId organization, UserId actor, RateDetails details) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		String currency = organizations.settings(organization).currency();
		Rates current = current(organization);
		List<FieldIssue> issues = new ArrayList<>();
		Money instructorDefault = current.instructorDefault();
		if (details.instructorHourlyRate() != null) {
			MoneyInput given = details.instructorHourlyRate();
			instructorDefault = given.amount() == null || given.amount().isBlank() ? null
					: given.toMoney("instructor_hourly_rate", currency, issues);
		}
		BigDecimal tax = details.defaultTaxRate() == null ? current.defaultTaxRate()
				: InvoiceLineRules.taxRate("default_tax_rate", details.defaultTaxRate(), BigDecimal.ZERO, issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		rates.saveSettings(organization, instructorDefault, tax, currency,
				clock.instant().truncatedTo(ChronoUnit.MICROS));
		return current(organization);
	}

	/** Sets the hourly rate one member's instruction is charged at. */
	@Transactional
	public Rates setInstructorRate(OrganizationId organization, UserId actor, UserId instructor, MoneyInput rate) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		access.membership(organization, instructor).orElseThrow(() -> new NotFound("Member"));
		List<FieldIssue> issues = new ArrayList<>();
		Money money = rate.toMoney("hourly_rate", organizations.settings(organization).currency(), issues);
		if (money == null) {
			throw new InvalidInput(issues);
		}
		rates.saveOverride(organization, instructor, money, clock.instant().truncatedTo(ChronoUnit.MICROS));
		return current(organization);
	}

	/** Removes an instructor's own rate; their instruction is charged at the default. */
	@Transactional
	public Rates removeInstructorRate(OrganizationId organization, UserId actor, UserId instructor) {
		access.require(organization, actor, Permission.ACCOUNTING_MANAGE);
		if (!rates.removeOverride(organization, instructor)) {
			throw new NotFound("Instructor rate");
		}
		return current(organization);
	}

}
