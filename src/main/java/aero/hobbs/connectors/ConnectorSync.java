package aero.hobbs.connectors;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import aero.hobbs.logbook.FlightValues;
import aero.hobbs.logbook.ImportRun;
import aero.hobbs.logbook.ImportedFlight;
import aero.hobbs.logbook.LogbookImports;
import aero.hobbs.shared.UpstreamFailure;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Previews and syncs a pilot's flights from a partner (seed 000, direction 3). The
 * partner is called outside any transaction; the import then runs under a lock on the
 * pilot's registration, so two syncs of one pilot and connector queue up and the second
 * finds the first's flights already imported.
 */
@Service
public class ConnectorSync {

	private final Registrations registrations;

	private final StagedFlightRepository staged;

	private final ItemStaging staging;

	private final LogbookImports imports;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ConnectorSync(Registrations registrations, StagedFlightRepository staged, ItemStaging staging,
			LogbookImports imports, TransactionTemplate transactions, Clock clock) {
		this.registrations = registrations;
		this.staged = staged;
		this.staging = staging;
		this.imports = imports;
		this.transactions = transactions;
		this.clock = clock;
	}

	static String source(long connectorId) {
		return "connector:" + connectorId;
	}

	/**
	 * Fetches the partner's new items and stages every one with its status; nothing is
	 * imported. A failed fetch stages nothing and keeps what was staged before.
	 */
	public List<StagedFlight> preview(UserId pilot, long connectorId) {
		ConnectorUser user = registrations.of(pilot, connectorId);
		Set<String> imported = imports.importedIds(pilot, source(connectorId));
		List<JsonNode> items = registrations.newItems(user, imported);
		ItemStaging.Staged result = staging.stage(pilot, items, imported);
		transactions.executeWithoutResult(tx -> staged.replace(pilot, connectorId, result.flights(), clock.instant()));
		return result.flights();
	}

	/**
	 * The items staged by the last preview or sync, checked again against today's
	 * aircraft and airports.
	 */
	public List<StagedFlight> staged(UserId pilot, long connectorId) {
		registrations.of(pilot, connectorId);
		return staging.stage(pilot, staged.items(pilot, connectorId), imports.importedIds(pilot, source(connectorId)))
			.flights();
	}

	/**
	 * Fetches again, imports every ready item and stages the blocked and skipped ones. A
	 * fetch that fails as a whole imports nothing, is recorded as a failed run, and is
	 * thrown.
	 */
	public SyncReport sync(UserId pilot, long connectorId) {
		ConnectorUser user = registrations.of(pilot, connectorId);
		String source = source(connectorId);
		Instant started = clock.instant();
		List<JsonNode> items;
		try {
			items = registrations.newItems(user, imports.importedIds(pilot, source));
		}
		catch (UpstreamFailure e) {
			imports.recordFailure(pilot, source, started, e.getMessage());
			throw e;
		}
		return transactions.execute(tx -> {
			registrations.lock(user);
			ItemStaging.Staged result = staging.stage(pilot, items, imports.importedIds(pilot, source));
			ImportRun run = imports.importFlights(pilot, source, started, ready(result),
					new LogbookImports.ImportCounts(items.size(), result.count(StagedFlight.Status.SKIPPED),
							result.count(StagedFlight.Status.BLOCKED), result.count(StagedFlight.Status.DUPLICATE)));
			List<StagedFlight> left = result.flights()
				.stream()
				.filter(f -> f.status() == StagedFlight.Status.BLOCKED || f.status() == StagedFlight.Status.SKIPPED)
				.toList();
			staged.replace(pilot, connectorId, left, run.finishedAt());
			registrations.recordSync(user, run.finishedAt());
			return new SyncReport(run, left);
		});
	}

	private static List<ImportedFlight> ready(ItemStaging.Staged result) {
		List<ImportedFlight> ready = new ArrayList<>();
		for (int i = 0; i < result.flights().size(); i++) {
			FlightValues values = result.readyValues().get(i);
			if (values != null) {
				ready.add(new ImportedFlight(result.flights().get(i).partnerItemUid(), values));
			}
		}
		return ready;
	}

}
