package aero.hobbs.accounting;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice of an organization. */
public record InvoiceId(UUID value) implements Serializable {

	public InvoiceId {
		Objects.requireNonNull(value, "value");
	}

	public static InvoiceId random() {
		return new InvoiceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
