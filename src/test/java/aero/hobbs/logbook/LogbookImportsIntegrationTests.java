package aero.hobbs.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run's pages checked, matched and stored in one call, on the real database: new
 * flights are stored with the rollup and the run's count, flights the pilot has by source
 * id or by the legacy key are never overwritten, and flights that break a rule are stored
 * nowhere.
 */
// accounts comes along because the shared security chains need its API-key verifier
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "accounts", "organizations" })
class LogbookImportsIntegrationTests {

	static final String SOURCE = "myflightbook";

	@Autowired
	LogbookImports imports;

	@Autowired
	Logbook logbook;

	@Autowired
	FlightRepository flights;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	UserId pilot;

	LocalDate day;

	@BeforeEach
	void aNewPilot() {
		pilot = UserId.random();
		day = LocalDate.now(clock).minusDays(20);
	}

	@Test
	void storesNewFlightsWithTheRollupAndTheRunsCount() {
		ImportRun run = imports.begin(pilot, SOURCE);

		LogbookImports.PageOutcome outcome = imports.importPage(run,
				List.of(imported("mfb:1", day, "KPAE", "KBLI", 60),
						imported("mfb:2", day.minusMonths(2), "KBLI", "KPAE", 45),
						imported("mfb:3", day.minusMonths(2), "KBLI", "KBLI", 30)),
				LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY);

		assertThat(outcome).isEqualTo(new LogbookImports.PageOutcome(3, 0, 0, List.of()));
		assertThat(imports.findRun(run.id()).orElseThrow().imported()).isEqualTo(3);
		assertThat(logbook.totals(pilot).lifetime()).isEqualTo(flights.sums(pilot, FlightFilter.NONE));
		assertThat(logbook.totals(pilot).lifetime().block()).isEqualTo(60 + 45 + 30);
		assertThat(stored()).extracting(flight -> flight.provenance().importRunId()).containsOnly(run.id());
	}

	@Test
	void skipsFlightsWhoseSourceIdThePilotHasWithoutChangingThem() {
		ImportRun run = imports.begin(pilot, SOURCE);
		imports.importPage(run, List.of(imported("mfb:1", day, "KPAE", "KBLI", 60)),
				LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY);

		LogbookImports.PageOutcome again = imports
			.importPage(run,
					List.of(imported("mfb:1", day, "KPAE", "KBLI", 90), imported("mfb:2", day, "KBLI", "KPAE", 50),
							imported("mfb:2", day, "KBLI", "KPAE", 50)),
					LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY);

		assertThat(again).isEqualTo(new LogbookImports.PageOutcome(1, 2, 0, List.of()));
		assertThat(stored()).extracting(flight -> flight.values().number(FlightColumn.BLOCK_TIME_MINUTES))
			.containsExactlyInAnyOrder(60, 50);
		assertThat(imports.findRun(run.id()).orElseThrow().imported()).isEqualTo(2);
		assertThat(logbook.totals(pilot).lifetime().block()).isEqualTo(110);
	}

	@Test
	void linksEachUnlinkedFlightOnceByTheLegacyKeyOnTheCheckedAirports() {
		Flight older = logByHand(day, "KPAE", "KBLI", 75);
		Flight newer = logByHand(day, "KPAE", "KBLI", 80);
		ImportRun run = imports.begin(pilot, SOURCE);

		// PAE and BLI are the IATA codes the logbook stores as KPAE and KBLI
		LogbookImports.PageOutcome outcome = imports
			.importPage(run,
					List.of(imported("mfb:1", day, "PAE", "BLI", 60), imported("mfb:2", day, "KPAE", "KBLI", 61),
							imported("mfb:3", day, "KPAE", "KBLI", 62)),
					LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY);

		assertThat(outcome).isEqualTo(new LogbookImports.PageOutcome(1, 0, 2, List.of()));
		assertThat(flights.find(pilot, older.id()).orElseThrow()).satisfies(linked -> {
			assertThat(linked.provenance().sourceId()).isIn("mfb:1", "mfb:2");
			assertThat(linked.provenance().source()).isEqualTo(SOURCE);
			assertThat(linked.values()).isEqualTo(older.values());
		});
		assertThat(flights.find(pilot, newer.id()).orElseThrow()).satisfies(linked -> {
			assertThat(linked.provenance().sourceId()).isIn("mfb:1", "mfb:2");
			assertThat(linked.values()).isEqualTo(newer.values());
		});
		assertThat(flights.sourceIds(pilot, SOURCE)).containsExactlyInAnyOrder("mfb:1", "mfb:2", "mfb:3");
		assertThat(logbook.totals(pilot).lifetime().block()).isEqualTo(75 + 80 + 62);
		assertThat(imports.findRun(run.id()).orElseThrow().imported()).isEqualTo(1);
	}

	@Test
	void matchesBySourceIdOnlyWhenAsked() {
		logByHand(day, "KPAE", "KBLI", 75);
		ImportRun run = imports.begin(pilot, SOURCE);

		LogbookImports.PageOutcome outcome = imports.importPage(run,
				List.of(imported("mfb:1", day, "KPAE", "KBLI", 60)), LogbookImports.Matching.SOURCE_ID);

		assertThat(outcome.imported()).isEqualTo(1);
		assertThat(outcome.linked()).isZero();
		assertThat(logbook.totals(pilot).lifetime().flights()).isEqualTo(2);
	}

	@Test
	void neverRelabelsAFlightThatHasAnotherSourcesId() {
		ImportRun partner = imports.begin(pilot, "connector:7");
		imports.importPage(partner, List.of(imported("uid-1", day, "KPAE", "KBLI", 75)),
				LogbookImports.Matching.SOURCE_ID);
		ImportRun run = imports.begin(pilot, SOURCE);

		LogbookImports.PageOutcome outcome = imports.importPage(run,
				List.of(imported("mfb:1", day, "KPAE", "KBLI", 60)), LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY);

		assertThat(outcome.imported()).isEqualTo(1);
		assertThat(flights.sourceIds(pilot, "connector:7")).containsExactly("uid-1");
	}

	@Test
	void storesNothingOfAFlightThatBreaksARule() {
		ImportRun run = imports.begin(pilot, SOURCE);
		FlightValues tooMuchPic = imported("mfb:1", day, "KPAE", "KBLI", 60).values()
			.with(FlightColumn.PIC_TIME_MINUTES, 90);

		LogbookImports.PageOutcome outcome = imports.importPage(run,
				List.of(new ImportedFlight("mfb:1", tooMuchPic), imported("mfb:2", day, "KPAE", "KBLI", 60)),
				LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY);

		assertThat(outcome.imported()).isEqualTo(1);
		assertThat(outcome.rejected()).singleElement().satisfies(rejected -> {
			assertThat(rejected.sourceId()).isEqualTo("mfb:1");
			assertThat(rejected.issues()).isNotEmpty();
		});
		assertThat(flights.sourceIds(pilot, SOURCE)).containsExactly("mfb:2");
		assertThat(logbook.totals(pilot).lifetime().flights()).isEqualTo(1);
	}

	@Test
	void carriesWhatOnePageStoredOrLinkedToTheRunsNextPages() {
		Flight byHand = logByHand(day, "KPAE", "KBLI", 75);
		logByHand(day.minusDays(1), "KBLI", "KPAE", 70);
		ImportRun run = imports.begin(pilot, SOURCE);
		LogbookImports.RunLookups lookups = imports.lookupsFor(run);
		imports.importPage(run, List.of(imported("mfb:1", day, "KPAE", "KBLI", 60)),
				LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY, lookups);

		// the same flight again, and a second one on the linked flight's key
		LogbookImports.PageOutcome next = imports.importPage(run,
				List.of(imported("mfb:1", day, "KPAE", "KBLI", 60), imported("mfb:2", day, "KPAE", "KBLI", 61),
						imported("mfb:3", day.minusDays(1), "KBLI", "KPAE", 70)),
				LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY, lookups);

		assertThat(next).isEqualTo(new LogbookImports.PageOutcome(1, 1, 1, List.of()));
		assertThat(flights.find(pilot, byHand.id()).orElseThrow().provenance().sourceId()).isEqualTo("mfb:1");
		assertThat(flights.sourceIds(pilot, SOURCE)).containsExactlyInAnyOrder("mfb:1", "mfb:2", "mfb:3");
		assertThat(logbook.totals(pilot).lifetime().flights()).isEqualTo(3);
	}

	@Test
	void refusesLookupsThatAPageRolledBackHadChanged() {
		ImportRun run = imports.begin(pilot, SOURCE);
		LogbookImports.RunLookups lookups = imports.lookupsFor(run);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			imports.importPage(run, List.of(imported("mfb:1", day, "KPAE", "KBLI", 60)),
					LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY, lookups);
			status.setRollbackOnly();
		});

		assertThatThrownBy(() -> imports.importPage(run, List.of(imported("mfb:1", day, "KPAE", "KBLI", 60)),
				LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY, lookups))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("rolled back");
		assertThat(imports
			.importPage(run, List.of(imported("mfb:1", day, "KPAE", "KBLI", 60)),
					LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY, imports.lookupsFor(run))
			.imported()).isEqualTo(1);
		assertThat(flights.sourceIds(pilot, SOURCE)).containsExactly("mfb:1");
	}

	@Test
	void refusesAnotherRunsLookups() {
		ImportRun first = imports.begin(pilot, SOURCE);
		ImportRun second = imports.begin(pilot, SOURCE);

		assertThatThrownBy(() -> imports.importPage(second, List.of(imported("mfb:1", day, "KPAE", "KBLI", 60)),
				LogbookImports.Matching.SOURCE_ID, imports.lookupsFor(first)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(flights.sourceIds(pilot, SOURCE)).isEmpty();
	}

	private static ImportedFlight imported(String sourceId, LocalDate date, String from, String to, int block) {
		return new ImportedFlight(sourceId,
				FlightValues.empty()
					.overlay(Map.of(FlightColumn.FLIGHT_DATE, date, FlightColumn.DEPARTURE_AIRPORT, from,
							FlightColumn.ARRIVAL_AIRPORT, to, FlightColumn.BLOCK_TIME_MINUTES, block,
							FlightColumn.PIC_TIME_MINUTES, block)));
	}

	private Flight logByHand(LocalDate date, String from, String to, int block) {
		Map<String, Object> flight = new HashMap<>();
		flight.put("flight_date", date.toString());
		flight.put("departure_airport", from);
		flight.put("arrival_airport", to);
		flight.put("block_time_minutes", block);
		return logbook.logFlight(pilot, flight);
	}

	private List<Flight> stored() {
		return flights.page(pilot, FlightFilter.NONE, 0, 100);
	}

}
