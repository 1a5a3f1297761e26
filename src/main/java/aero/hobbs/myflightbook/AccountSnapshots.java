package aero.hobbs.myflightbook;

import aero.hobbs.myflightbook.client.MyFlightbookClient;
import aero.hobbs.myflightbook.mapping.CurrencyMapping;
import aero.hobbs.myflightbook.mapping.TotalsMapping;

import java.time.Clock;
import java.util.List;

import aero.hobbs.currency.CurrencyRecords;
import aero.hobbs.myflightbook.mapping.TotalsMapping.Dimension;
import aero.hobbs.myflightbook.mapping.TotalsMapping.SnapshotTotal;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Reads the pilot's MyFlightbook currency and totals and keeps them as the latest
 * snapshot: currency through the currency module, totals by dimension in
 * {@code myflightbook_totals}. Each sync replaces both.
 */
@Component
class AccountSnapshots {

	private final MyFlightbookClient client;

	private final CurrencyRecords currency;

	private final TotalsSnapshots totals;

	private final Clock clock;

	AccountSnapshots(MyFlightbookClient client, CurrencyRecords currency, TotalsSnapshots totals, Clock clock) {
		this.client = client;
		this.currency = currency;
		this.totals = totals;
		this.clock = clock;
	}

	/**
	 * Replaces the pilot's currency, then totals, snapshot.
	 * @return MyFlightbook's total time in minutes ({@code TOTAL_TIME}, else
	 * {@code FLIGHT_TIME}), if it gave one
	 */
	@Nullable Long replace(UserId pilot) {
		JsonNode currencyForUser = client.currency(pilot);
		currency.replace(pilot, MyFlightbookImporter.SOURCE,
				currencyForUser.isArray() ? new CurrencyMapping().map(currencyForUser) : List.of(), clock.instant());
		JsonNode totalsForUser = client.totals(pilot);
		List<SnapshotTotal> snapshot = totalsForUser.isArray() ? new TotalsMapping().map(totalsForUser) : List.of();
		totals.replace(pilot, snapshot, clock.instant());
		return totalMinutes(snapshot);
	}

	private static @Nullable Long totalMinutes(List<SnapshotTotal> snapshot) {
		for (Dimension dimension : List.of(Dimension.TOTAL_TIME, Dimension.FLIGHT_TIME)) {
			for (SnapshotTotal total : snapshot) {
				if (total.dimension() == dimension && total.unit() == TotalsMapping.Unit.MINUTES) {
					return total.amount().longValue();
				}
			}
		}
		return null;
	}

}
