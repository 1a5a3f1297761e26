package aero.hobbs.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import aero.hobbs.connectors.AllowedUsers;
import aero.hobbs.connectors.ConnectorDetails;
import aero.hobbs.connectors.Connectors;
import aero.hobbs.shared.Money;

/**
 * Connectors and their users' registrations at chosen instants (ISO-8601, UTC). Each
 * connector and email is new, so tests never depend on what else is in the database.
 */
public final class InvoicingFixtures {

	private final Connectors connectors;

	private final AllowedUsers allowedUsers;

	private final MovableClock clock;

	public InvoicingFixtures(Connectors connectors, AllowedUsers allowedUsers, MovableClock clock) {
		this.connectors = connectors;
		this.allowedUsers = allowedUsers;
		this.clock = clock;
	}

	/**
	 * A connector created at {@code createdAt}; its price in EUR applies from that
	 * month's first day.
	 */
	public long aConnectorCreatedAt(String createdAt, String monthlyUserPrice) {
		clock.set(createdAt);
		return connectors
			.create(new ConnectorDetails("Crew Roster " + UUID.randomUUID().toString().substring(0, 8),
					"https://partner.example.com/connector/checkuser.php",
					"https://partner.example.com/connector/getnewids.php", 9999,
					new ConnectorDetails.Price(monthlyUserPrice, "EUR")))
			.connector()
			.id();
	}

	public String name(long connectorId) {
		return connectors.find(connectorId).name();
	}

	public void priceFrom(long connectorId, String effectiveFrom, String monthlyUserPrice) {
		connectors.setPrice(connectorId, Money.of(monthlyUserPrice, "EUR"), LocalDate.parse(effectiveFrom));
	}

	/** A new email, so that no earlier test's registration of it counts. */
	public static String anEmail(String who) {
		return who + "-" + UUID.randomUUID() + "@example.com";
	}

	public void register(long connectorId, String email, String at) {
		clock.set(at);
		allowedUsers.importEmails(connectorId, List.of(email), List.of());
	}

	public void remove(long connectorId, String email, String at) {
		clock.set(at);
		allowedUsers.remove(connectorId, email);
	}

}
