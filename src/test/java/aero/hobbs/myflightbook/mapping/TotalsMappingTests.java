package aero.hobbs.myflightbook.mapping;

import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.json;
import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import aero.hobbs.myflightbook.mapping.TotalsMapping.Dimension;
import aero.hobbs.myflightbook.mapping.TotalsMapping.SnapshotTotal;
import aero.hobbs.myflightbook.mapping.TotalsMapping.Unit;

import org.junit.jupiter.api.Test;

class TotalsMappingTests {

	private final TotalsMapping mapping = new TotalsMapping();

	private SnapshotTotal total(String description) {
		return mapping.map(sample("totals-spec-example.json"))
			.stream()
			.filter(total -> total.description().equals(description))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No total " + description));
	}

	@Test
	void mapsTimeTotalsToMinutes() {
		SnapshotTotal asel = total("ASEL");
		assertThat(asel.dimension()).isEqualTo(Dimension.CATEGORY_CLASS);
		assertThat(asel.unit()).isEqualTo(Unit.MINUTES);
		assertThat(asel.amount()).isEqualByComparingTo("24738");
		assertThat(asel.subDescription()).isEqualTo("512 Landings (203 Day, 18 Night), 61 Approaches");
	}

	@Test
	void readsAnAbsentNumericTypeAsACount() {
		SnapshotTotal flights = total("Flights");
		assertThat(flights.dimension()).isEqualTo(Dimension.FLIGHTS);
		assertThat(flights.unit()).isEqualTo(Unit.COUNT);
		assertThat(flights.amount()).isEqualByComparingTo("301");
	}

	@Test
	void mapsTheTotalTime() {
		assertThat(total("Total Time").dimension()).isEqualTo(Dimension.TOTAL_TIME);
		assertThat(total("Total Time").amount()).isEqualByComparingTo("26844");
	}

	@Test
	void mapsTheStandardLogbookTimes() {
		assertThat(total("Cross Country").dimension()).isEqualTo(Dimension.CROSS_COUNTRY);
		assertThat(total("Instrument Time").dimension()).isEqualTo(Dimension.INSTRUMENT);
	}

	@Test
	void keepsAircraftFeaturesByDescription() {
		assertThat(total("Complex").dimension()).isEqualTo(Dimension.AIRCRAFT_FEATURE);
	}

	@Test
	void keepsPropertyTotalsVerbatimUnderOther() {
		SnapshotTotal takeoffs = total("Night Takeoffs");
		assertThat(takeoffs.dimension()).isEqualTo(Dimension.OTHER);
		assertThat(takeoffs.unit()).isEqualTo(Unit.COUNT);
		assertThat(takeoffs.amount()).isEqualByComparingTo("14");
	}

	@Test
	void keepsAnUnknownCoreDescriptionUnderOther() {
		assertThat(mapping.map(
				json("""
						[ { "Value": 2.5000, "Description": "Tach Time", "SubDescription": "", "NumericType": 2, "Group": 5 } ]""")))
			.singleElement()
			.satisfies(total -> {
				assertThat(total.dimension()).isEqualTo(Dimension.OTHER);
				assertThat(total.description()).isEqualTo("Tach Time");
				assertThat(total.amount()).isEqualByComparingTo("150");
			});
	}

	@Test
	void keepsMoneyAsSent() {
		assertThat(mapping.map(
				json("""
						[ { "Value": 1234.56, "Description": "Fuel Cost", "SubDescription": "", "NumericType": 3, "Group": 6 } ]""")))
			.singleElement()
			.satisfies(total -> {
				assertThat(total.unit()).isEqualTo(Unit.MONEY);
				assertThat(total.amount()).isEqualByComparingTo(new BigDecimal("1234.56"));
			});
	}

	@Test
	void skipsAnItemWithoutADescription() {
		assertThat(mapping.map(json("[ { \"Value\": 3.0 } ]"))).isEmpty();
	}

}
