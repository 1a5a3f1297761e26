package aero.hobbs.organizations.oauth;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an OAuth client may ask for, each scope covering a group of
 * {@code /v1/organizations/{orgId}/...} endpoints: {@code :read} the GET requests,
 * {@code :write} every other method and the reads of the same group. A token never
 * reaches members' management, invitations, webhooks, API keys or OAuth clients, and it
 * always may read the organization itself. Within its scopes the token still acts with
 * the consenting member's role (the permission table decides as for the member).
 */
public enum OAuthScope {

	FLIGHT_LOGS_READ("flight_logs:read", "See the flight logs in the organization that your role lets you see",
			"flight-logs"),
	FLIGHT_LOGS_WRITE("flight_logs:write", "Log, change and remove flights in the organization as you may",
			"flight-logs"),
	AIRCRAFT_READ("aircraft:read", "See the organization's fleet and the status of its aircraft", "aircraft"),
	AIRCRAFT_WRITE("aircraft:write", "Change the organization's fleet and aircraft status as your role allows",
			"aircraft"),
	MEMBERS_READ("members:read", "See the organization's member directory (names, emails and roles)", "members"),
	ACCOUNTING_READ("accounting:read", "See the invoices, expenses and accounting summaries your role lets you see",
			"invoices", "expenses", "accounting"),
	ACCOUNTING_WRITE("accounting:write", "Draft, issue and mark paid invoices and record expenses as your role allows",
			"invoices", "expenses", "accounting"),
	CALENDAR_READ("calendar:read", "See the organization's calendar: events and aircraft reservations", "calendar"),
	CALENDAR_WRITE("calendar:write", "Reserve aircraft and change the calendar as your role allows", "calendar");

	private final String wireName;

	private final String description;

	private final Set<String> segments;

	OAuthScope(String wireName, String description, String... segments) {
		this.wireName = wireName;
		this.description = description;
		this.segments = Set.of(segments);
	}

	public String wireName() {
		return wireName;
	}

	/** What the member is asked to allow, on the consent page. */
	public String description() {
		return description;
	}

	public boolean writes() {
		return wireName.endsWith(":write");
	}

	public static Optional<OAuthScope> fromWire(String value) {
		return Arrays.stream(values()).filter(scope -> scope.wireName.equals(value)).findFirst();
	}

	/** The known scopes among {@code wireNames}, in this table's order. */
	public static List<OAuthScope> ordered(Set<String> wireNames) {
		return Arrays.stream(values()).filter(scope -> wireNames.contains(scope.wireName)).toList();
	}

	public static String choices() {
		return String.join(", ", Arrays.stream(values()).map(OAuthScope::wireName).toList());
	}

	/**
	 * Whether a token holding {@code granted} may send {@code method} to the organization
	 * path whose first segment after {@code /v1/organizations/{orgId}} is {@code segment}
	 * ({@code ""} for the organization itself).
	 */
	static boolean allows(Set<String> granted, String method, String segment) {
		boolean read = "GET".equals(method) || "HEAD".equals(method);
		if (segment.isEmpty()) {
			return read;
		}
		return Arrays.stream(values())
			.filter(scope -> scope.segments.contains(segment) && (read || scope.writes()))
			.anyMatch(scope -> granted.contains(scope.wireName));
	}

	/**
	 * The scopes any one of which lets a token send {@code method} to the organization
	 * path group {@code segment}; empty where no token may go (the organization itself is
	 * open to every token for reading, which this list leaves empty).
	 */
	public static List<OAuthScope> allowing(String method, String segment) {
		return Arrays.stream(values()).filter(scope -> allows(Set.of(scope.wireName), method, segment)).toList();
	}

	/** The scope that would allow the request, to name it in the refusal. */
	static Optional<OAuthScope> needed(String method, String segment) {
		boolean read = "GET".equals(method) || "HEAD".equals(method);
		return Arrays.stream(values())
			.filter(scope -> scope.segments.contains(segment) && scope.writes() != read)
			.findFirst();
	}

}
