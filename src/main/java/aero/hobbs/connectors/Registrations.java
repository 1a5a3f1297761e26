package aero.hobbs.connectors;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;

import aero.hobbs.accounts.Accounts;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.SecretBox;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * A pilot's live registrations with connectors, found by the pilot's email, and the calls
 * to the partner about one: each is made with the connector's API key and the pilot's
 * access token, opened only for the call.
 */
@Component
class Registrations {

	private final Accounts accounts;

	private final ConnectorUserRepository users;

	private final Connectors connectors;

	private final SecretBox secrets;

	private final PartnerClient partners;

	Registrations(Accounts accounts, ConnectorUserRepository users, Connectors connectors, SecretBox secrets,
			PartnerClient partners) {
		this.accounts = accounts;
		this.users = users;
		this.connectors = connectors;
		this.secrets = secrets;
		this.partners = partners;
	}

	List<ConnectorUser> all(UserId pilot) {
		return users.activeFor(email(pilot));
	}

	/** The pilot's live registration with the connector; another's is not found. */
	ConnectorUser of(UserId pilot, long connectorId) {
		return users.activeFor(connectorId, email(pilot)).orElseThrow(() -> new NotFound("Connector"));
	}

	Connector connector(ConnectorUser user) {
		return connectors.find(user.connectorId());
	}

	/**
	 * Asks the partner whether it still allows the user and remembers the answer: empty
	 * when it does, otherwise the reason to show.
	 */
	String check(ConnectorUser user, Instant at) {
		String problem;
		try {
			problem = partners.check(call(user));
		}
		catch (UpstreamFailure e) {
			problem = e.getMessage();
		}
		users.recordCheck(user.connectorId(), user.id(), at, problem.isEmpty(),
				problem.isEmpty() ? null : truncate(problem));
		return problem;
	}

	/**
	 * The partner's new items for the user, telling it which uids are already imported.
	 */
	List<JsonNode> newItems(ConnectorUser user, Set<String> importedUids) {
		return partners.newItems(call(user), new TreeSet<>(importedUids));
	}

	/**
	 * Locks the registration until the transaction ends, so syncs of one pilot queue up.
	 */
	void lock(ConnectorUser user) {
		users.lock(user.connectorId(), user.id()).orElseThrow(() -> new NotFound("Connector"));
	}

	void recordSync(ConnectorUser user, Instant at) {
		users.recordSync(user.connectorId(), user.id(), at);
	}

	private static String truncate(String message) {
		return message.length() <= 500 ? message : message.substring(0, 499) + "…";
	}

	private PartnerCall call(ConnectorUser user) {
		Connector connector = connectors.find(user.connectorId());
		return new PartnerCall(connector, connectors.apiKey(connector.id()), user.email(),
				secrets.open(user.tokenSealed()));
	}

	private String email(UserId pilot) {
		return accounts.find(pilot).email().toLowerCase(Locale.ROOT);
	}

	/** A call to a partner: whom to call with which key, about which user. */
	record PartnerCall(Connector connector, String apiKey, String email, String accessToken) {

		@Override
		public String toString() {
			return "PartnerCall[" + connector.name() + ", " + email + "]";
		}

	}

}
