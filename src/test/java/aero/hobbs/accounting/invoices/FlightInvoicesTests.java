package aero.hobbs.accounting.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Hours charged for a flight's minutes. */
class FlightInvoicesTests {

	@Test
	void chargesExactHoursWhenTheMinutesAllowAndTwoDecimalsOtherwise() {
		assertThat(FlightInvoices.hours(Duration.ofMinutes(90)).toPlainString()).isEqualTo("1.5");
		assertThat(FlightInvoices.hours(Duration.ofMinutes(63)).toPlainString()).isEqualTo("1.05");
		assertThat(FlightInvoices.hours(Duration.ofMinutes(50)).toPlainString()).isEqualTo("0.83");
		assertThat(FlightInvoices.hours(Duration.ofMinutes(1)).toPlainString()).isEqualTo("0.02");
		assertThat(FlightInvoices.hours(Duration.ofMinutes(120)).toPlainString()).isEqualTo("2");
	}

}
