package aero.hobbs.aircraft.fleet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import aero.hobbs.aircraft.CategoryClass;
import aero.hobbs.aircraft.FstdType;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An aircraft or simulator of an organization's fleet. The hourly rate is in the
 * organization's currency and is what an invoice drafted from a flight charges per hour
 * of block time.
 */
@Table("fleet_aircraft")
public record FleetAircraft(@Id UUID id, UUID organizationId, String registration, String registrationNormalized,
		String typeCode, @Nullable String model, CategoryClass categoryClass, boolean simulator,
		@Nullable FstdType fstdType, FleetStatus status, BigDecimal hourlyRate, String currency, Instant createdAt,
		Instant updatedAt) {

	public OrganizationId organization() {
		return new OrganizationId(organizationId);
	}

	public Money rate() {
		return new Money(hourlyRate.stripTrailingZeros(), currency);
	}

	FleetAircraft withStatus(FleetStatus newStatus, Instant at) {
		return new FleetAircraft(id, organizationId, registration, registrationNormalized, typeCode, model,
				categoryClass, simulator, fstdType, newStatus, hourlyRate, currency, createdAt, at);
	}
}
