package aero.hobbs.accounting.invoices;

import java.math.BigDecimal;
import java.util.List;

import aero.hobbs.shared.Money;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;

/**
 * What an invoice drafted from a flight charges: the organization's default instructor
 * rate per hour (none until an admin sets it), overrides per instructor, and the tax rate
 * (percent) its lines get.
 */
public record Rates(@Nullable Money instructorDefault, BigDecimal defaultTaxRate, List<InstructorRate> instructors) {

	/** One instructor's own hourly rate, which replaces the default for their flights. */
	public record InstructorRate(UserId instructorId, String name, Money hourlyRate) {
	}

	public String defaultTaxRateText() {
		return defaultTaxRate.stripTrailingZeros().toPlainString();
	}

	/** The hourly rate the instructor's time is charged at, if any is set. */
	public @Nullable Money forInstructor(UserId instructor) {
		return instructors.stream()
			.filter(rate -> rate.instructorId().equals(instructor))
			.map(InstructorRate::hourlyRate)
			.findFirst()
			.orElse(instructorDefault);
	}
}
