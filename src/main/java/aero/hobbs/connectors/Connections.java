package aero.hobbs.connectors;

import java.time.Clock;
import java.util.List;

import aero.hobbs.logbook.ImportRun;
import aero.hobbs.logbook.LogbookImports;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * A pilot's connections (seed 000, direction 2): the connectors that allow the pilot's
 * email, what was last checked, synced and staged, and the check itself.
 * {@link ConnectorSync} previews and syncs.
 */
@Service
public class Connections {

	private final Registrations registrations;

	private final StagedFlightRepository staged;

	private final LogbookImports imports;

	private final Clock clock;

	Connections(Registrations registrations, StagedFlightRepository staged, LogbookImports imports, Clock clock) {
		this.registrations = registrations;
		this.staged = staged;
		this.imports = imports;
		this.clock = clock;
	}

	/** The connectors that currently allow the pilot's email. */
	public List<Connection> list(UserId pilot) {
		return registrations.all(pilot).stream().map(user -> connection(pilot, user)).toList();
	}

	public Connection find(UserId pilot, long connectorId) {
		return connection(pilot, registrations.of(pilot, connectorId));
	}

	/**
	 * Asks the partner whether it still allows the pilot; the answer is remembered. A
	 * refusal or a failed call comes back as an unlinked connection with the reason.
	 */
	public Connection check(UserId pilot, long connectorId) {
		registrations.check(registrations.of(pilot, connectorId), clock.instant());
		return find(pilot, connectorId);
	}

	/** The pilot's latest runs from this connector, newest first. */
	public List<ImportRun> runs(UserId pilot, long connectorId, int limit) {
		registrations.of(pilot, connectorId);
		return imports.recentRuns(pilot, ConnectorSync.source(connectorId), limit);
	}

	private Connection connection(UserId pilot, ConnectorUser user) {
		List<ImportRun> runs = imports.recentRuns(pilot, ConnectorSync.source(user.connectorId()), 1);
		return new Connection(registrations.connector(user), user.registeredAt(), user.checkedAt(), user.checkOk(),
				user.checkMessage(), user.syncedAt(), staged.counts(pilot, user.connectorId()),
				runs.isEmpty() ? null : runs.getFirst());
	}

}
