package aero.hobbs.currency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import aero.hobbs.currency.CurrencyItem.Kind;
import aero.hobbs.currency.CurrencyItem.Status;
import aero.hobbs.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The currency items sources report for a pilot, kept as the latest report of each
 * source: an import replaces all of that source's items at once.
 */
@Service
public class CurrencyRecords {

	private final JdbcClient jdbc;

	CurrencyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the pilot's items from {@code source} with {@code items}, in order. */
	@Transactional
	public void replace(UserId pilot, String source, List<CurrencyItem> items, Instant importedAt) {
		jdbc.sql("DELETE FROM currency_item WHERE pilot_id = :pilot AND source = :source")
			.param("pilot", pilot.value())
			.param("source", source)
			.update();
		int position = 0;
		for (CurrencyItem item : items) {
			jdbc.sql("""
					INSERT INTO currency_item (pilot_id, source, position, kind, label, scope, status, expires,
					  discrepancy, imported_at)
					VALUES (:pilot, :source, :position, :kind, :label, :scope, :status, :expires, :discrepancy,
					  :importedAt)""")
				.param("pilot", pilot.value())
				.param("source", source)
				.param("position", position++)
				.param("kind", item.kind().name())
				.param("label", cut(item.label(), 1000))
				.param("scope", item.scope() == null ? null : cut(item.scope(), 200))
				.param("status", item.status().name())
				.param("expires", item.expires())
				.param("discrepancy", item.discrepancy() == null ? null : cut(item.discrepancy(), 1000))
				.param("importedAt", importedAt.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** The pilot's items, by source and in the order the source gave them. */
	public List<CurrencyItem> list(UserId pilot) {
		return jdbc.sql("""
				SELECT kind, label, scope, status, expires, discrepancy FROM currency_item
				WHERE pilot_id = :pilot ORDER BY source, position""")
			.param("pilot", pilot.value())
			.query(CurrencyRecords::item)
			.list();
	}

	private static CurrencyItem item(ResultSet rs, int row) throws SQLException {
		return new CurrencyItem(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
				Status.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6));
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
