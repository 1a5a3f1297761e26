package aero.hobbs.logbook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
				counts.skipped(), counts.blocked(), counts.duplicates(), 0, ImportRun.Status.COMPLETED, null);
		runs.insert(run);
		return run;
	}

	/** Records an import that failed as a whole and stored nothing. */
	@Transactional
	public ImportRun recordFailure(UserId pilot, String source, Instant startedAt, String failure) {
		ImportRun run = new ImportRun(UUID.randomUUID(), pilot, source, startedAt, clock.instant(), 0, 0, 0, 0, 0, 0,
				ImportRun.Status.FAILED, cut(failure));
		runs.insert(run);
		return run;
	}

	/**
	 * Starts a run that imports page by page ({@link #importPage}); it is
	 * {@code processing} until {@link #complete} or {@link #fail}.
	 */
	@Transactional
	public ImportRun begin(UserId pilot, String source) {
		ImportRun run = new ImportRun(UUID.randomUUID(), pilot, source, clock.instant(), null, 0, 0, 0, 0, 0, 0,
				ImportRun.Status.PROCESSING, null);
		runs.insert(run);
		return run;
	}

	/**
	 * Stores one page of a run's flights (which must pass {@link #check}) in its own
	 * transaction, with the monthly totals and the run's imported count. Flights whose
	 * source id the pilot already has are left out first, so a page retried after a crash
	 * stores nothing twice.
	 * @return how many flights were stored
	 */
	@Transactional
	public int importPage(ImportRun run, List<ImportedFlight> page) {
		UserId pilot = run.pilot();
		Set<String> present = flights.presentSourceIds(pilot, run.source(),
				page.stream().map(ImportedFlight::sourceId).toList());
		Instant now = clock.instant();
		FlightPreparation.Lookups lookups = preparation.lookupsFor(pilot);
		List<Flight> stored = new ArrayList<>(page.size());
		for (ImportedFlight flight : page) {
			if (!present.add(flight.sourceId())) {
				continue;
			}
			FlightPreparation.Prepared prepared = preparation.prepare(lookups, flight.values(), List.of());
			if (!prepared.valid()) {
				throw new IllegalArgumentException(
						"Flight " + flight.sourceId() + " does not pass the logbook's rules: " + prepared.issues());
			}
			stored.add(new Flight(new FlightId(UUID.randomUUID()), pilot, prepared.aircraftId(), prepared.values(),
					new Provenance(run.source(), flight.sourceId(), now, run.id()), now, now));
		}
		flights.insertAll(stored);
		monthlyTotals.addAll(pilot, stored.stream().map(Flight::values).toList());
		runs.addImported(run.id(), stored.size());
		return stored.size();
	}

	/**
	 * Links an existing flight that matches the legacy key ({@code date}, departure and
	 * destination, "" for none) and has no source id to {@code sourceId} of
	 * {@code source}, so later imports recognise it; its values are never changed.
	 * @return whether such a flight was found
	 */
	@Transactional
	public boolean linkExisting(UserId pilot, String source, String sourceId, LocalDate date, String departure,
			String destination) {
		return flights.linkSourceId(pilot, date, departure, destination, source, sourceId);
	}

	/** Ends a processing run with what it did not import. */
	@Transactional
	public ImportRun complete(ImportRun run, ImportCounts counts, int failedFlights) {
		runs.complete(run.id(), clock.instant(), counts.received(), counts.skipped(), counts.blocked(),
				counts.duplicates(), failedFlights);
		return runs.find(run.id()).orElseThrow();
	}

	/** Ends a processing run as failed; what its pages stored stays. */
	@Transactional
	public ImportRun fail(ImportRun run, String failure) {
		runs.fail(run.id(), clock.instant(), cut(failure));
		return runs.find(run.id()).orElseThrow();
	}

	public Optional<ImportRun> findRun(UUID runId) {
		return runs.find(runId);
	}

	private static String cut(String failure) {
		return failure.length() > 1000 ? failure.substring(0, 1000) : failure;
	}

	/** The pilot's latest runs from {@code source}, newest first. */
	public List<ImportRun> recentRuns(UserId pilot, String source, int limit) {
		return runs.recent(pilot, source, limit);
	}

	/** What an importer received and did not import, for the run record. */
	public record ImportCounts(int received, int skipped, int blocked, int duplicates) {
	}

}
