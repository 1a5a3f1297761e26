package aero.hobbs.logbook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings flights from elsewhere (partners, MyFlightbook) into a pilot's logbook: checks
 * them as the logbook would store them, stores many at once with their provenance, and
 * keeps a record of every run. A source id is stored at most once per pilot and source;
 * the database enforces it.
 */
@Service
public class LogbookImports {

	private final FlightRepository flights;

	private final MonthlyTotals monthlyTotals;

	private final ImportRunRepository runs;

	private final FlightPreparation preparation;

	private final Clock clock;

	LogbookImports(FlightRepository flights, MonthlyTotals monthlyTotals, ImportRunRepository runs,
			FlightPreparation preparation, Clock clock) {
		this.flights = flights;
		this.monthlyTotals = monthlyTotals;
		this.runs = runs;
		this.preparation = preparation;
		this.clock = clock;
	}

	/**
	 * Each flight as it would be stored, with the rules it breaks, in the same order;
	 * nothing is stored.
	 */
	public List<CheckedFlight> check(UserId pilot, List<FlightValues> candidates) {
		FlightPreparation.Lookups lookups = preparation.lookupsFor(pilot);
		List<CheckedFlight> checked = new ArrayList<>(candidates.size());
		for (FlightValues candidate : candidates) {
			FlightPreparation.Prepared prepared = preparation.prepare(lookups, candidate, List.of());
			checked.add(new CheckedFlight(prepared.values(), prepared.issues()));
		}
		return checked;
	}

	/** The source ids of the flights the pilot already has from {@code source}. */
	public Set<String> importedIds(UserId pilot, String source) {
		return flights.sourceIds(pilot, source);
	}

	/**
	 * Stores the flights (which must pass {@link #check}) and the run, in the caller's
	 * transaction or a new one: either all of them are stored or none. A source id the
	 * pilot already has from {@code source} fails the whole import with the database's
	 * duplicate-key error.
	 */
	@Transactional
	public ImportRun importFlights(UserId pilot, String source, Instant startedAt, List<ImportedFlight> imported,
			ImportCounts counts) {
		UUID runId = UUID.randomUUID();
		Instant now = clock.instant();
		FlightPreparation.Lookups lookups = preparation.lookupsFor(pilot);
		List<Flight> stored = new ArrayList<>(imported.size());
		for (ImportedFlight flight : imported) {
			FlightPreparation.Prepared prepared = preparation.prepare(lookups, flight.values(), List.of());
			if (!prepared.valid()) {
				throw new IllegalArgumentException(
						"Flight " + flight.sourceId() + " does not pass the logbook's rules: " + prepared.issues());
			}
			stored.add(new Flight(new FlightId(UUID.randomUUID()), pilot, prepared.aircraftId(), prepared.values(),
					new Provenance(source, flight.sourceId(), now, runId), now, now));
		}
		flights.insertAll(stored);
		monthlyTotals.addAll(pilot, stored.stream().map(Flight::values).toList());
		ImportRun run = new ImportRun(runId, pilot, source, startedAt, now, counts.received(), stored.size(),
				counts.skipped(), counts.blocked(), counts.duplicates(), null);
		runs.insert(run);
		return run;
	}

	/** Records an import that failed as a whole and stored nothing. */
	@Transactional
	public ImportRun recordFailure(UserId pilot, String source, Instant startedAt, String failure) {
		ImportRun run = new ImportRun(UUID.randomUUID(), pilot, source, startedAt, clock.instant(), 0, 0, 0, 0, 0,
				failure.length() > 1000 ? failure.substring(0, 1000) : failure);
		runs.insert(run);
		return run;
	}

	/** The pilot's latest runs from {@code source}, newest first. */
	public List<ImportRun> recentRuns(UserId pilot, String source, int limit) {
		return runs.recent(pilot, source, limit);
	}

	/** What an importer received and did not import, for the run record. */
	public record ImportCounts(int received, int skipped, int blocked, int duplicates) {
	}

}
