package aero.hobbs.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user (a pilot's account) across every module. */
public record UserId(UUID value) implements java.io.Serializable {

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	public static UserId of(String value) {
		return new UserId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
