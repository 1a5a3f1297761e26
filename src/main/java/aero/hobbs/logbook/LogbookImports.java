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

import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
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
	 * The pilot's aircraft and own airports, read once (three queries) for all the pages
	 * of a run; what they answer is remembered, so an aircraft or airport the pilot adds
	 * while the run goes on is seen from the next run. Not thread-safe: one run's pages
	 * are imported one after the other.
	 */
	public RunLookups lookupsFor(ImportRun run) {
		return new RunLookups(run.pilot(), preparation.bulkLookupsFor(run.pilot()));
	}

	/**
	 * As {@link #importPage(ImportRun, List, Matching)}, with the run's lookups read once
	 * ({@link #lookupsFor}) instead of once per page.
	 */
	@Transactional
	public PageOutcome importPage(ImportRun run, List<ImportedFlight> page, Matching matching, RunLookups runLookups) {
		UserId pilot = run.pilot();
		if (!runLookups.pilot.equals(pilot)) {
			throw new IllegalArgumentException("The lookups are another pilot's");
		}
		FlightPreparation.Lookups lookups = runLookups.lookups;
		FlightRepository.Known known = flights.known(pilot, run.source(),
				page.stream().map(ImportedFlight::sourceId).toList(),
				matching == Matching.SOURCE_ID_OR_LEGACY_KEY ? dates(page) : Set.of());
		Set<String> present = known.sourceIds();
		List<ImportedFlight> fresh = new ArrayList<>(page.size());
		List<FlightPreparation.Prepared> prepared = new ArrayList<>(page.size());
		List<Rejected> rejected = new ArrayList<>();
		int duplicates = 0;
		for (ImportedFlight flight : page) {
			if (!present.add(flight.sourceId())) {
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
		LegacyKeys legacy = prepared.isEmpty() ? LegacyKeys.NONE : LegacyKeys.of(known.unlinked());
		Instant now = clock.instant();
		List<Flight> stored = new ArrayList<>(fresh.size());
		Map<UUID, String> links = new LinkedHashMap<>();
		for (int i = 0; i < fresh.size(); i++) {
			ImportedFlight flight = fresh.get(i);
			FlightPreparation.Prepared ready = prepared.get(i);
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
	 * The page's dates; the logbook's checks do not change a date, so these are also the
	 * dates of the checked flights.
	 */
	private static Set<LocalDate> dates(List<ImportedFlight> page) {
		Set<LocalDate> dates = new HashSet<>();
		for (ImportedFlight flight : page) {
			LocalDate date = flight.values().date();
			if (date != null) {
				dates.add(date);
			}
		}
		return dates;
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
	 * A run's lookups of the pilot's aircraft and own airports ({@link #lookupsFor}),
	 * opaque to the importer.
	 */
	public static final class RunLookups {

		private final UserId pilot;

		private final FlightPreparation.Lookups lookups;

		private RunLookups(UserId pilot, FlightPreparation.Lookups lookups) {
			this.pilot = pilot;
			this.lookups = lookups;
		}

	}

	/** What an importer received and did not import, for the run record. */
	public record ImportCounts(int received, int skipped, int blocked, int duplicates) {
	}

}
