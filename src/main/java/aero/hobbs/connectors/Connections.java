package aero.hobbs.connectors;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import aero.hobbs.accounts.Accounts;
import aero.hobbs.logbook.FlightValues;
import aero.hobbs.logbook.ImportRun;
import aero.hobbs.logbook.ImportedFlight;
import aero.hobbs.logbook.LogbookImports;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.SecretBox;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pilot's side of the connectors (seed 000, directions 2 and 3): the connectors that
 * allow the pilot's email, the check, the preview, and the sync. The partner is called
 * outside any transaction; the import then runs under a lock on the pilot's registration,
 * so two syncs of one pilot and connector queue up and the second finds the first's
 * flights already imported.
 */
@Service
public class Connections {

	private final Connectors connectors;

	private final ConnectorUserRepository users;

	private final StagedFlightRepository staged;

	private final ItemStaging staging;

	private final PartnerClient partners;

	private final Collaborators with;

	Connections(Connectors connectors, ConnectorUserRepository users, StagedFlightRepository staged,
			ItemStaging staging, PartnerClient partners, Collaborators with) {
		this.connectors = connectors;
		this.users = users;
		this.staged = staged;
		this.staging = staging;
		this.partners = partners;
		this.with = with;
	}

	/** The connectors that currently allow the pilot's email. */
	public List<Connection> list(UserId pilot) {
		String email = email(pilot);
		List<Connection> connections = new ArrayList<>();
		for (ConnectorUser user : users.activeFor(email)) {
			connections.add(connection(pilot, user));
		}
		return connections;
	}

	public Connection find(UserId pilot, long connectorId) {
		return connection(pilot, registration(pilot, connectorId));
	}

	/**
	 * Asks the partner whether it still allows the pilot; the answer is remembered. A
	 * refusal or a failed call comes back as an unlinked connection with the reason.
	 */
	public Connection check(UserId pilot, long connectorId) {
		ConnectorUser user = registration(pilot, connectorId);
		Connector connector = connectors.find(connectorId);
		String problem;
		try {
			problem = partners.check(connector, connectors.apiKey(connectorId), user.email(),
					with.secrets.open(user.tokenSealed()));
		}
		catch (UpstreamFailure e) {
			problem = e.getMessage();
		}
		users.recordCheck(connectorId, user.id(), with.clock.instant(), problem.isEmpty(),
				problem.isEmpty() ? null : truncate(problem));
		return find(pilot, connectorId);
	}

	/**
	 * Fetches the partner's new items and stages every one with its status; nothing is
	 * imported. A failed fetch stages nothing and keeps what was staged before.
	 */
	public List<StagedFlight> preview(UserId pilot, long connectorId) {
		ConnectorUser user = registration(pilot, connectorId);
		Set<String> imported = with.imports.importedIds(pilot, source(connectorId));
		List<JsonNode> items = fetch(user, imported);
		ItemStaging.Staged result = staging.stage(pilot, items, imported);
		with.transactions
			.executeWithoutResult(tx -> staged.replace(pilot, connectorId, result.flights(), with.clock.instant()));
		return result.flights();
	}

	/**
	 * The staged items of the last preview or sync, checked again against today's
	 * aircraft and airports.
	 */
	public List<StagedFlight> staged(UserId pilot, long connectorId) {
		registration(pilot, connectorId);
		List<JsonNode> items = staged.items(pilot, connectorId)
			.stream()
			.map(with.json::valueToTree)
			.map(JsonNode.class::cast)
			.toList();
		return staging.stage(pilot, items, with.imports.importedIds(pilot, source(connectorId))).flights();
	}

	/**
	 * Fetches again, imports every ready item and stages the blocked and skipped ones. A
	 * fetch that fails as a whole imports nothing, is recorded as a failed run, and is
	 * thrown.
	 */
	public SyncReport sync(UserId pilot, long connectorId) {
		ConnectorUser user = registration(pilot, connectorId);
		String source = source(connectorId);
		Instant started = with.clock.instant();
		List<JsonNode> items;
		try {
			items = fetch(user, with.imports.importedIds(pilot, source));
		}
		catch (UpstreamFailure e) {
			with.imports.recordFailure(pilot, source, started, e.getMessage());
			throw e;
		}
		return with.transactions.execute(tx -> {
			users.lock(connectorId, user.id()).orElseThrow(() -> new NotFound("Connector"));
			ItemStaging.Staged result = staging.stage(pilot, items, with.imports.importedIds(pilot, source));
			List<ImportedFlight> ready = new ArrayList<>();
			for (int i = 0; i < result.flights().size(); i++) {
				FlightValues values = result.readyValues().get(i);
				if (values != null) {
					ready.add(new ImportedFlight(result.flights().get(i).partnerItemUid(), values));
				}
			}
			ImportRun run = with.imports.importFlights(pilot, source, started, ready,
					new LogbookImports.ImportCounts(items.size(), result.count(StagedFlight.Status.SKIPPED),
							result.count(StagedFlight.Status.BLOCKED), result.count(StagedFlight.Status.DUPLICATE)));
			List<StagedFlight> left = result.flights()
				.stream()
				.filter(f -> f.status() == StagedFlight.Status.BLOCKED || f.status() == StagedFlight.Status.SKIPPED)
				.toList();
			staged.replace(pilot, connectorId, left, run.finishedAt());
			users.recordSync(connectorId, user.id(), run.finishedAt());
			return new SyncReport(run, left);
		});
	}

	/** The pilot's latest runs from this connector, newest first. */
	public List<ImportRun> runs(UserId pilot, long connectorId, int limit) {
		registration(pilot, connectorId);
		return with.imports.recentRuns(pilot, source(connectorId), limit);
	}

	static String source(long connectorId) {
		return "connector:" + connectorId;
	}

	private List<JsonNode> fetch(ConnectorUser user, Set<String> imported) {
		Connector connector = connectors.find(user.connectorId());
		return partners.newItems(connector, connectors.apiKey(connector.id()), user.email(),
				with.secrets.open(user.tokenSealed()), new TreeSet<>(imported));
	}

	private Connection connection(UserId pilot, ConnectorUser user) {
		List<ImportRun> runs = with.imports.recentRuns(pilot, source(user.connectorId()), 1);
		Map<String, Integer> counts = staged.counts(pilot, user.connectorId());
		return new Connection(connectors.find(user.connectorId()), user.registeredAt(), user.checkedAt(),
				user.checkOk(), user.checkMessage(), user.syncedAt(), counts, runs.isEmpty() ? null : runs.getFirst());
	}

	/**
	 * The pilot's live registration with the connector; another connector is not found.
	 */
	private ConnectorUser registration(UserId pilot, long connectorId) {
		return users.activeFor(connectorId, email(pilot)).orElseThrow(() -> new NotFound("Connector"));
	}

	private String email(UserId pilot) {
		return with.accounts.find(pilot).email().toLowerCase(java.util.Locale.ROOT);
	}

	private static String truncate(String message) {
		return message.length() <= 500 ? message : message.substring(0, 499) + "…";
	}

	/** What every operation here needs besides the module's own parts. */
	@org.springframework.stereotype.Component
	static final class Collaborators {

		final LogbookImports imports;

		final Accounts accounts;

		final SecretBox secrets;

		final TransactionTemplate transactions;

		final JsonMapper json;

		final Clock clock;

		Collaborators(LogbookImports imports, Accounts accounts, SecretBox secrets, TransactionTemplate transactions,
				JsonMapper json, Clock clock) {
			this.imports = imports;
			this.accounts = accounts;
			this.secrets = secrets;
			this.transactions = transactions;
			this.json = json;
			this.clock = clock;
		}

	}

}
