package aero.hobbs.aircraft.web;

import java.time.Instant;

import aero.hobbs.aircraft.fleet.FleetAircraft;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.web.ApiResource;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of an organization's {@code aircraft} resource; {@code hourly_rate} is
 * Money with the amount as a decimal string, in the organization's currency.
 */
record FleetAircraftResource(String organizationId, String registration, String typeCode, @Nullable String model,
		String categoryClass, boolean simulator, @Nullable String fstdType, String status, Amount hourlyRate,
		Instant createdAt, Instant updatedAt) {

	static final String TYPE = "aircraft";

	static ApiResource<FleetAircraftResource> of(FleetAircraft a) {
		return new ApiResource<>(a.id().toString(), TYPE,
				new FleetAircraftResource(a.organizationId().toString(), a.registration(), a.typeCode(), a.model(),
						a.categoryClass().wireName(), a.simulator(),
						a.fstdType() == null ? null : a.fstdType().wireName(), a.status().wireName(),
						Amount.of(a.rate()), a.createdAt(), a.updatedAt()));
	}

	record Amount(String amount, String currency) {

		static Amount of(Money money) {
			return new Amount(money.formatted(), money.currency());
		}

	}

}
