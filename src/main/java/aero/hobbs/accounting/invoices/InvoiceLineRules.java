package aero.hobbs.accounting.invoices;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.MoneyInput;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.NotFound;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks invoice lines as given and computes them, collecting an issue per bad field
 * named as on the wire ({@code lines[0].unit_price}), so that one bad line stores
 * nothing.
 */
@Component
class InvoiceLineRules {

	static final int MAX_LINES = 100;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX_QUANTITY = new BigDecimal("100000000");

	private final Fleet fleet;

	private final RateRepository rates;

	InvoiceLineRules(Fleet fleet, RateRepository rates) {
		this.fleet = fleet;
		this.rates = rates;
	}

	BigDecimal defaultTaxRate(OrganizationId organization) {
		return rates.settings(organization).map(RateRepository.Settings::defaultTaxRate).orElse(BigDecimal.ZERO);
	}

	List<InvoiceLine> check(OrganizationId organization, List<InvoiceLineDetails> given, String currency,
			List<FieldIssue> issues) {
		if (given.size() > MAX_LINES) {
			issues.add(new FieldIssue("lines", "An invoice has at most " + MAX_LINES + " lines"));
			return List.of();
		}
		BigDecimal defaultTax = defaultTaxRate(organization);
		List<InvoiceLine> lines = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String at = "lines[" + i + "].";
			InvoiceLineDetails line = given.get(i);
			if (line == null) {
				issues.add(new FieldIssue("lines[" + i + "]",
						"Each line is an object with a description, quantity" + " and unit_price"));
				continue;
			}
			int before = issues.size();
			String description = line.description() == null ? "" : line.description().trim();
			if (description.isEmpty() || description.length() > 200) {
				issues.add(new FieldIssue(at + "description", "Describe the line (up to 200 characters)"));
			}
			BigDecimal quantity = quantity(at + "quantity", line.quantity(), issues);
			Money unitPrice = (line.unitPrice() == null ? MoneyInput.of(null) : line.unitPrice())
				.toMoney(at + "unit_price", currency, issues);
			BigDecimal taxRate = taxRate(at + "tax_rate", line.taxRate(), defaultTax, issues);
			UUID aircraft = aircraft(organization, at + "aircraft_id", line.aircraftId(), issues);
			if (issues.size() == before) {
				lines.add(InvoiceLine.of(description, quantity, unitPrice, taxRate, aircraft));
			}
		}
		return lines;
	}

	static @Nullable BigDecimal quantity(String field, @Nullable String value, List<FieldIssue> issues) {
		BigDecimal quantity = decimal(value);
		if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) >= 0
				|| quantity.stripTrailingZeros().scale() > 4) {
			issues.add(new FieldIssue(field,
					"The quantity must be a number greater than 0 with at most 4 decimals," + " e.g. \"1.5\""));
			return null;
		}
		return quantity;
	}

	static @Nullable BigDecimal taxRate(String field, @Nullable String value, BigDecimal fallback,
			List<FieldIssue> issues) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		BigDecimal rate = decimal(value);
		if (rate == null || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0 || rate.stripTrailingZeros().scale() > 2) {
			issues.add(new FieldIssue(field,
					"The tax rate is a percentage from 0 to 100 with at most 2 decimals," + " e.g. \"19\""));
			return null;
		}
		return rate;
	}

	private @Nullable UUID aircraft(OrganizationId organization, String field, @Nullable String value,
			List<FieldIssue> issues) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(value.trim());
			fleet.inOrganization(organization, id);
			return id;
		}
		catch (IllegalArgumentException | NotFound e) {
			issues.add(new FieldIssue(field, "No aircraft with this id in the organization's fleet"));
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
