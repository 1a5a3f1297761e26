package aero.hobbs.myflightbook;

import aero.hobbs.myflightbook.mapping.TotalsMapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * The totals MyFlightbook reported at the pilot's last import, for showing beside the
 * totals Hobbs computes from the logbook itself.
 */
@Service
public class MyFlightbookTotals {

	private final TotalsSnapshots snapshots;

	MyFlightbookTotals(TotalsSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	/** The snapshot's lines in MyFlightbook's order; empty before the first import. */
	public List<Line> lines(UserId pilot) {
		return snapshots.list(pilot).stream().map(Line::of).toList();
	}

	/**
	 * One line: its dimension (e.g. {@code flight_time}, {@code other}), MyFlightbook's
	 * label, and the amount as shown ({@code h:mm} for times).
	 */
	public record Line(String dimension, String description, String subDescription, String amount) {

		static Line of(TotalsMapping.SnapshotTotal total) {
			return new Line(total.dimension().name().toLowerCase(java.util.Locale.ROOT), total.description(),
					total.subDescription(), shown(total));
		}

		private static String shown(TotalsMapping.SnapshotTotal total) {
			if (total.unit() == TotalsMapping.Unit.MINUTES) {
				long minutes = total.amount().setScale(0, RoundingMode.HALF_UP).longValueExact();
				return minutes / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", minutes % 60);
			}
			BigDecimal amount = total.amount().stripTrailingZeros();
			return amount.scale() < 0 ? amount.setScale(0).toPlainString() : amount.toPlainString();
		}

	}

}
