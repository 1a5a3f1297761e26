package aero.hobbs.organizations;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an organization (a flight school, club or operator) across every module. */
public record OrganizationId(UUID value) implements Serializable {

	public OrganizationId {
		Objects.requireNonNull(value, "value");
	}

	public static OrganizationId of(String value) {
		return new OrganizationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
