package aero.hobbs.logbook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
	 * Checks one page of a run's flights as the logbook would store them (each flight is
	 * prepared once) and stores, in one transaction, those that pass and match no flight
	 * the pilot has, with the monthly totals and the run's imported count. A flight whose
	 * source id the pilot already has from the run's source (or that an earlier flight of
	 * the page carries) is a duplicate, checked or not. With
	 * {@link Matching#SOURCE_ID_OR_LEGACY_KEY} a flight that passes and has the checked
	 * date, departure and destination of a flight of the pilot's that has no source id
	 * yet links the oldest such flight instead: it gets the source and the source id,
	 * nothing else changes. Existing flights are never overwritten, so a page retried
	 * after a crash stores nothing twice.
	 */
	@Transactional
	public PageOutcome importPage(ImportRun run, List<ImportedFlight> page, Matching matching) {
		return importPage(run, page, matching, lookupsFor(run));
	}

	/**
	 * What every page of a run needs to know, read once for all of them: the pilot's
	 * aircraft and own airports (three queries) and the source ids the pilot has from the
	 * run's source (one query), and, on the first page that needs them, the pilot's
	 * flights without a source id (one query). Each page's writes are added once its
	 * transaction commits; a page that rolled back leaves the lookups unusable, and the
	 * run starts over with new ones. An aircraft, airport or flight the pilot adds while
	 * the run goes on is seen from the next run. Not thread-safe: one run's pages are
	 * imported one after the other.
	 */
	public RunLookups lookupsFor(ImportRun run) {
		return new RunLookups(run, preparation.bulkLookupsFor(run.pilot()),
				flights.sourceIds(run.pilot(), run.source()));
	}

	/**
	 * As {@link #importPage(ImportRun, List, Matching)}, with the run's lookups read once
	 * ({@link #lookupsFor}) instead of once per page.
	 */
	@Transactional
	public PageOutcome importPage(ImportRun run, List<ImportedFlight> page, Matching matching, RunLookups runLookups) {
		UserId pilot = run.pilot();
		runLookups.requireUsableFor(run);
		FlightPreparation.Lookups lookups = runLookups.lookups;
		Set<String> onPage = new HashSet<>();
		List<ImportedFlight> fresh = new ArrayList<>(page.size());
		List<FlightPreparation.Prepared> prepared = new ArrayList<>(page.size());
		List<Rejected> rejected = new ArrayList<>();
		int duplicates = 0;
		for (ImportedFlight flight : page) {
			if (runLookups.sourceIds.contains(flight.sourceId()) || !onPage.add(flight.sourceId())) {
				duplicates++;
				continue;
			}
			FlightPreparation.Prepared ready = preparation.prepare(lookups, flight.values(), List.of());
			if (ready.valid()) {
				fresh.add(flight);
				prepared.add(ready);
			}
			else {
				rejected.add(new Rejected(flight.sourceId(), ready.issues()));
			}
		}
		LegacyKeys legacy = matching != Matching.SOURCE_ID_OR_LEGACY_KEY || prepared.isEmpty() ? LegacyKeys.NONE
				: runLookups.legacyKeys(() -> LegacyKeys.of(flights.unlinked(pilot)));
		// from here on the lookups change with the page: they stay usable only if it
		// commits
		runLookups.keepIfCommitted();
		Instant now = clock.instant();
		List<Flight> stored = new ArrayList<>(fresh.size());
		Map<UUID, String> links = new LinkedHashMap<>();
		for (int i = 0; i < fresh.size(); i++) {
			ImportedFlight flight = fresh.get(i);
			FlightPreparation.Prepared ready = prepared.get(i);
			runLookups.sourceIds.add(flight.sourceId());
			UUID match = legacy.take(ready.values());
			if (match != null) {
				links.put(match, flight.sourceId());
				continue;
			}
			stored.add(new Flight(new FlightId(UUID.randomUUID()), pilot, ready.aircraftId(), ready.values(),
					new Provenance(run.source(), flight.sourceId(), now, run.id()), now, now));
		}
		flights.linkSourceIds(pilot, run.source(), links);
		flights.insertAll(stored);
		monthlyTotals.addAll(pilot, stored.stream().map(Flight::values).toList());
		if (!stored.isEmpty()) {
			runs.addImported(run.id(), stored.size());
		}
		return new PageOutcome(stored.size(), duplicates, links.size(), List.copyOf(rejected));
	}

	/**
	 * The oldest unlinked flight per key (date, departure, destination, "" for no
	 * airport); each is handed out once.
	 */
	private record LegacyKeys(Map<String, Deque<UUID>> unlinked) {

		static final LegacyKeys NONE = new LegacyKeys(Map.of());

		/** The unlinked flights, oldest first, by key. */
		static LegacyKeys of(List<FlightRepository.Unlinked> oldestFirst) {
			Map<String, Deque<UUID>> unlinked = new HashMap<>();
			for (FlightRepository.Unlinked flight : oldestFirst) {
				unlinked
					.computeIfAbsent(key(flight.date(), flight.departure(), flight.arrival()),
							key -> new ArrayDeque<>())
					.add(flight.id());
			}
			return new LegacyKeys(unlinked);
		}

		@Nullable UUID take(FlightValues checked) {
			LocalDate date = checked.date();
			if (date == null || unlinked.isEmpty()) {
				return null;
			}
			Deque<UUID> candidates = unlinked.get(key(date, checked.text(FlightColumn.DEPARTURE_AIRPORT),
					checked.text(FlightColumn.ARRIVAL_AIRPORT)));
			return candidates == null ? null : candidates.poll();
		}

		static String key(LocalDate date, @Nullable String departure, @Nullable String arrival) {
			return date + ":" + (departure == null ? "" : departure) + ":" + (arrival == null ? "" : arrival);
		}

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

	/** How {@link #importPage} recognises a flight the pilot already has. */
	public enum Matching {

		/** By its source id from the run's source. */
		SOURCE_ID,

		/**
		 * By its source id, else by the legacy key {@code date:departure:destination} to
		 * a flight without a source id (seed 002's de-duplication, for flights logged by
		 * hand or imported before ids were kept).
		 */
		SOURCE_ID_OR_LEGACY_KEY

	}

	/**
	 * What {@link #importPage} did with a page: how many flights it stored, how many were
	 * already there by source id, how many linked an existing flight by the legacy key,
	 * and the flights that break a logbook rule (stored nowhere).
	 */
	public record PageOutcome(int imported, int duplicates, int linked, List<Rejected> rejected) {
	}

	/** A flight that breaks the logbook's rules, with the issues. */
	public record Rejected(String sourceId, List<FieldIssue> issues) {
	}

	/**
	 * A run's lookups ({@link #lookupsFor}), opaque to the importer.
	 */
	public static final class RunLookups {

		private final UUID runId;

		private final FlightPreparation.Lookups lookups;

		/** Grows with each page: what the pilot has from the run's source. */
		private final Set<String> sourceIds;

		/** Read on first need; shrinks as pages link its flights. */
		private @Nullable LegacyKeys legacyKeys;

		private boolean spoiled;

		private RunLookups(ImportRun run, FlightPreparation.Lookups lookups, Set<String> sourceIds) {
			this.runId = run.id();
			this.lookups = lookups;
			this.sourceIds = sourceIds;
		}

		private void requireUsableFor(ImportRun run) {
			if (!runId.equals(run.id())) {
				throw new IllegalArgumentException("The lookups are another run's");
			}
			if (spoiled) {
				throw new IllegalStateException(
						"A page of this run was rolled back after it changed the run's lookups; read them again");
			}
		}

		private LegacyKeys legacyKeys(Supplier<LegacyKeys> read) {
			if (legacyKeys == null) {
				legacyKeys = read.get();
			}
			return legacyKeys;
		}

		/** Marks the lookups spoiled unless the current transaction commits. */
		private void keepIfCommitted() {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						spoiled = true;
					}
				}
			});
		}

	}

	/** What an importer received and did not import, for the run record. */
	public record ImportCounts(int received, int skipped, int blocked, int duplicates) {
	}

}
