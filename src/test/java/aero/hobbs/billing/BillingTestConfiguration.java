package aero.hobbs.billing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with a {@link MovableClock}, so billing tests can
 * register users and end months at the instants they choose. Every billing test class
 * imports it with the same web environment, so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BillingTestConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

}
