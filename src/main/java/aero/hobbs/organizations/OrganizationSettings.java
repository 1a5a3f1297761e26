package aero.hobbs.organizations;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;

import org.jspecify.annotations.Nullable;

/**
 * An organization's settings as given; {@link #checked} answers them trimmed and
 * normalized, or throws naming each bad field.
 */
public record OrganizationSettings(@Nullable String name, @Nullable String timeZone, @Nullable String currency) {

	OrganizationSettings checked() {
		List<FieldIssue> issues = new ArrayList<>();
		String trimmedName = name == null ? "" : name.trim().replaceAll("\\s+", " ");
		if (trimmedName.isEmpty() || trimmedName.length() > 120) {
			issues.add(new FieldIssue("name", "Enter the organization's name (up to 120 characters)"));
		}
		String zone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.trim();
		try {
			zone = ZoneId.of(zone).getId();
		}
		catch (DateTimeException e) {
			issues.add(new FieldIssue("time_zone", "Use an IANA time zone such as Europe/Berlin or America/Denver"));
		}
		String code = currency == null || currency.isBlank() ? "EUR" : currency.trim().toUpperCase(Locale.ROOT);
		try {
			code = Currency.getInstance(code).getCurrencyCode();
		}
		catch (IllegalArgumentException e) {
			issues.add(new FieldIssue("currency", "Use a three-letter ISO 4217 currency code such as EUR or USD"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		return new OrganizationSettings(trimmedName, zone, code);
	}
}
