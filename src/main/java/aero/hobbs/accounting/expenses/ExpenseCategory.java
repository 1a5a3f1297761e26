package aero.hobbs.accounting.expenses;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an expense was for; the wire name is the lower-case constant, e.g. landing_fees.
 */
public enum ExpenseCategory {

	FUEL("Fuel"), MAINTENANCE("Maintenance"), INSURANCE("Insurance"), HANGAR("Hangar"), LANDING_FEES("Landing fees"),
	TRAINING_MATERIAL("Training material"), OTHER("Other");

	private final String label;

	ExpenseCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ExpenseCategory> fromWire(String value) {
		for (ExpenseCategory category : values()) {
			if (category.wireName().equalsIgnoreCase(value.trim())) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	public static String choices() {
		return Arrays.stream(values()).map(ExpenseCategory::wireName).collect(Collectors.joining(", "));
	}

}
