package aero.hobbs.organizations;

import java.util.Locale;
import java.util.Optional;

/**
 * A member's role in an organization, from most to least trusted. What each role may do
 * is {@link Permission}'s table, the only place it is written down in code.
 */
public enum Role {

	OWNER("Owner"), ADMIN("Admin"), INSTRUCTOR("Instructor"), MEMBER("Member"), STUDENT("Student");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The role as the API spells it: {@code owner}, {@code admin}, ... */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean allows(Permission permission) {
		return permission.heldBy(this);
	}

	public static Optional<Role> fromWire(String value) {
		for (Role role : values()) {
			if (role.wireName().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/** The roles as the API spells them, for error messages. */
	public static String choices() {
		return "owner, admin, instructor, member, student";
	}

}
