package aero.hobbs.accounting.web;

import java.util.List;
import java.util.UUID;

import aero.hobbs.accounting.invoices.Rates;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of an {@code accounting_rates} resource (its id is the organization's):
 * what invoices drafted from flights charge for instruction, and the tax rate they get.
 */
record RatesResource(@Nullable Amount instructorHourlyRate, String defaultTaxRate, List<Instructor> instructors) {

	record Instructor(UUID instructorId, String name, Amount hourlyRate) {
	}

	static ApiResource<RatesResource> of(OrganizationId organization, Rates rates) {
		return new ApiResource<>(organization.toString(), "accounting_rates",
				new RatesResource(Amount.ofNullable(rates.instructorDefault()), rates.defaultTaxRateText(),
						rates.instructors()
							.stream()
							.map(r -> new Instructor(r.instructorId().value(), r.name(), Amount.of(r.hourlyRate())))
							.toList()));
	}
}
