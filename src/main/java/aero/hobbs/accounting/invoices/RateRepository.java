package aero.hobbs.accounting.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code accounting_settings} and {@code accounting_instructor_rate}. */
@Repository
class RateRepository {

	record Settings(@Nullable Money instructorDefault, BigDecimal defaultTaxRate) {
	}

	record Override(UserId instructor, Money rate) {
	}

	private final JdbcClient jdbc;

	RateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Settings> settings(OrganizationId organization) {
		return jdbc
			.sql("SELECT instructor_hourly_rate, currency, default_tax_rate FROM accounting_settings"
					+ " WHERE organization_id = :organization")
			.param("organization", organization.value())
			.query((rs, row) -> {
				BigDecimal rate = rs.getBigDecimal(1);
				return new Settings(rate == null ? null : new Money(rate.stripTrailingZeros(), rs.getString(2)),
						rs.getBigDecimal(3).stripTrailingZeros());
			})
			.optional();
	}

	void saveSettings(OrganizationId organization, @Nullable Money instructorDefault, BigDecimal taxRate,
			String currency, Instant at) {
		jdbc.sql("""
				INSERT INTO accounting_settings (organization_id, instructor_hourly_rate, currency, default_tax_rate,
				  updated_at) VALUES (:organization, NULL, :currency, 0, :at) ON CONFLICT DO NOTHING""")
			.param("organization", organization.value())
			.param("currency", currency)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("""
				UPDATE accounting_settings SET instructor_hourly_rate = :rate, currency = :currency,
				  default_tax_rate = :tax, updated_at = :at WHERE organization_id = :organization""")
			.param("rate", instructorDefault == null ? null : instructorDefault.amount())
			.param("currency", currency)
			.param("tax", taxRate)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("organization", organization.value())
			.update();
	}

	List<Override> overrides(OrganizationId organization) {
		return jdbc
			.sql("SELECT instructor_id, hourly_rate, currency FROM accounting_instructor_rate"
					+ " WHERE organization_id = :organization")
			.param("organization", organization.value())
			.query((rs, row) -> new Override(new UserId(rs.getObject(1, java.util.UUID.class)),
					new Money(rs.getBigDecimal(2).stripTrailingZeros(), rs.getString(3))))
			.list();
	}

	void saveOverride(OrganizationId organization, UserId instructor, Money rate, Instant at) {
		removeOverride(organization, instructor);
		jdbc.sql("""
				INSERT INTO accounting_instructor_rate (organization_id, instructor_id, hourly_rate, currency,
				  updated_at) VALUES (:organization, :instructor, :rate, :currency, :at)""")
			.param("organization", organization.value())
			.param("instructor", instructor.value())
			.param("rate", rate.amount())
			.param("currency", rate.currency())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	boolean removeOverride(OrganizationId organization, UserId instructor) {
		return jdbc
			.sql("DELETE FROM accounting_instructor_rate WHERE organization_id = :organization"
					+ " AND instructor_id = :instructor")
			.param("organization", organization.value())
			.param("instructor", instructor.value())
			.update() > 0;
	}

}
