package aero.hobbs.organizations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organization's settings. {@code currency} (ISO 4217) is the currency of its rates,
 * invoices and expenses; {@code timeZone} is the zone its calendar and monthly summaries
 * are read in.
 */
@Table("organization")
public record Organization(@Id UUID id, String name, String timeZone, String currency, UUID createdBy,
		Instant createdAt, Instant updatedAt) {

	public OrganizationId organizationId() {
		return new OrganizationId(id);
	}

	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}
}
