package aero.hobbs.myflightbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import aero.hobbs.myflightbook.mapping.TotalsMapping.Dimension;
import aero.hobbs.myflightbook.mapping.TotalsMapping.SnapshotTotal;
import aero.hobbs.myflightbook.mapping.TotalsMapping.Unit;
import aero.hobbs.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The pilot's MyFlightbook totals as the latest sync found them. */
@Repository
class TotalsSnapshots {

	private final JdbcClient jdbc;

	TotalsSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the pilot's snapshot; lines too long for their columns are left out. */
	@Transactional
	void replace(UserId pilot, List<SnapshotTotal> totals, Instant importedAt) {
		jdbc.sql("DELETE FROM myflightbook_totals WHERE pilot_id = :pilot").param("pilot", pilot.value()).update();
		int position = 0;
		for (SnapshotTotal total : totals) {
			if (total.description().length() > 1000 || total.subDescription().length() > 4000) {
				continue;
			}
			jdbc.sql(
					"""
							INSERT INTO myflightbook_totals (pilot_id, position, dimension, description, sub_description, unit,
							  amount, imported_at)
							VALUES (:pilot, :position, :dimension, :description, :subDescription, :unit, :amount, :importedAt)""")
				.param("pilot", pilot.value())
				.param("position", position++)
				.param("dimension", total.dimension().name())
				.param("description", total.description())
				.param("subDescription", total.subDescription())
				.param("unit", total.unit().name())
				.param("amount", total.amount())
				.param("importedAt", importedAt.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	List<SnapshotTotal> list(UserId pilot) {
		return jdbc.sql("""
				SELECT dimension, description, sub_description, unit, amount FROM myflightbook_totals
				WHERE pilot_id = :pilot ORDER BY position""")
			.param("pilot", pilot.value())
			.query(TotalsSnapshots::total)
			.list();
	}

	private static SnapshotTotal total(ResultSet rs, int row) throws SQLException {
		return new SnapshotTotal(Dimension.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
				Unit.valueOf(rs.getString(4)), rs.getBigDecimal(5).stripTrailingZeros());
	}

}
