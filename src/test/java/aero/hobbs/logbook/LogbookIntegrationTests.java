package aero.hobbs.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import aero.hobbs.shared.UserId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The logbook against a real database: the monthly rollup behind totals, counts and the
 * chart always equals the sums over the flights themselves, through logging, amending,
 * removing and concurrent writes.
 */
// accounts comes along because the shared security chains need its API-key verifier
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "accounts", "organizations" })
class LogbookIntegrationTests {

	@Autowired
	Logbook logbook;

	@Autowired
	FlightRepository flights;

	@Autowired
	Clock clock;

	private UserId pilot;

	@BeforeEach
	void aNewPilot() {
		pilot = UserId.random();
	}

	private Flight log(LocalDate date, int block, int night, int landingsNight) {
		Map<String, Object> flight = new HashMap<>();
		flight.put("flight_date", date.toString());
		flight.put("block_time_minutes", block);
		flight.put("pic_time_minutes", block);
		flight.put("night_minutes", night);
		flight.put("landings_day", 1);
		flight.put("landings_night", landingsNight);
		flight.put("instrument_approaches_count", 1);
		return logbook.logFlight(pilot, flight);
	}

	private void assertRollupMatchesFlights() {
		Totals totals = logbook.totals(pilot);
		assertThat(totals.lifetime()).isEqualTo(flights.sums(pilot, FlightFilter.NONE));
		assertThat(totals.last12Months())
			.isEqualTo(flights.sums(pilot, new FlightFilter(totals.since().plusDays(1), null, null)));
		assertThat(logbook.list(pilot, FlightFilter.NONE, 0, 1).total()).isEqualTo(totals.lifetime().flights());
	}

	@Test
	void totalsFollowLoggingAmendingAndRemoving() {
		LocalDate today = LocalDate.now(clock);
		Flight old = log(today.minusYears(3), 90, 30, 1);
		Flight recent = log(today.minusDays(10), 60, 0, 0);
		log(today.minusMonths(5), 45, 45, 2);
		assertRollupMatchesFlights();

		logbook.amend(pilot, recent.id(),
				Map.of("block_time_minutes", 120, "night_minutes", 20, "flight_date", today.minusYears(2).toString()));
		assertRollupMatchesFlights();

		logbook.remove(pilot, old.id());
		assertRollupMatchesFlights();
		assertThat(logbook.totals(pilot).lifetime().flights()).isEqualTo(2);
	}

	@Test
	void countsTheTrailingTwelveMonthsToTheDay() {
		LocalDate today = LocalDate.now(clock);
		LocalDate since = today.minusMonths(12);
		log(since, 60, 0, 0);
		log(since.plusDays(1), 70, 0, 0);
		log(since.plusMonths(1).withDayOfMonth(1), 80, 0, 0);
		log(today, 90, 0, 0);

		Totals totals = logbook.totals(pilot);

		assertThat(totals.since()).isEqualTo(since);
		assertThat(totals.last12Months().flights()).isEqualTo(3);
		assertThat(totals.last12Months().block()).isEqualTo(70 + 80 + 90);
		assertThat(totals.lifetime().block()).isEqualTo(60 + 70 + 80 + 90);
		assertRollupMatchesFlights();
	}

	@Test
	void staysExactUnderConcurrentWritesToOneMonth() throws Exception {
		LocalDate day = LocalDate.now(clock).minusDays(2);
		try (var pool = Executors.newFixedThreadPool(8)) {
			List<Future<Flight>> logged = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				logged.add(pool.submit(() -> log(day, 30, 0, 0)));
			}
			for (Future<Flight> flight : logged) {
				flight.get();
			}
		}
		assertThat(logbook.totals(pilot).lifetime().flights()).isEqualTo(40);
		assertThat(logbook.totals(pilot).lifetime().block()).isEqualTo(40 * 30);
		assertRollupMatchesFlights();
	}

	@Test
	void chartsBlockTimePerMonthWithEmptyMonthsAsZero() {
		LocalDate today = LocalDate.now(clock);
		log(today, 60, 0, 0);
		log(today.minusMonths(2), 30, 0, 0);

		List<MonthTotal> months = logbook.monthly(pilot, 24);

		assertThat(months).hasSize(24);
		assertThat(months.getLast()).isEqualTo(new MonthTotal(YearMonth.from(today), 60));
		assertThat(months.get(21)).isEqualTo(new MonthTotal(YearMonth.from(today).minusMonths(2), 30));
		assertThat(months.get(22).blockMinutes()).isZero();
	}

}
