package aero.hobbs.accounting.invoices;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an invoice is in its life: draft → issued → paid, and draft or issued → void.
 * Only a draft can be edited or deleted; an issued invoice is voided instead, and keeps
 * its number.
 */
public enum InvoiceStatus {

	DRAFT("Draft"), ISSUED("Issued"), PAID("Paid"), VOID("Void");

	private final String label;

	InvoiceStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<InvoiceStatus> fromWire(String value) {
		for (InvoiceStatus status : values()) {
			if (status.wireName().equalsIgnoreCase(value.trim())) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
