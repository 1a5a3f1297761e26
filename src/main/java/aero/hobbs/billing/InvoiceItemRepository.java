package aero.hobbs.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import aero.hobbs.shared.Money;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The invoice items ({@code billing_invoice_item}); a month is stored as its first day.
 */
@Repository
class InvoiceItemRepository {

	private static final String SELECT = "SELECT id, connector_id, billing_month, qualified_users, unit_amount,"
			+ " currency, total_amount, created_at FROM billing_invoice_item";

	private final JdbcClient jdbc;

	InvoiceItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the item unless the connector already has one for the month; true if this
	 * call stored it. Safe when two nodes insert the same month at once.
	 */
	boolean insertIfAbsent(InvoiceItem item) {
		return jdbc
			.sql("""
					INSERT INTO billing_invoice_item (id, connector_id, billing_month, qualified_users, unit_amount, currency,
					  total_amount, created_at)
					VALUES (:id, :connector, :month, :users, :unit, :currency, :total, :created) ON CONFLICT DO NOTHING""")
			.param("id", item.id())
			.param("connector", item.connectorId())
			.param("month", item.month().atDay(1))
			.param("users", item.qualifiedUsers())
			.param("unit", item.unitPrice().amount())
			.param("currency", item.unitPrice().currency())
			.param("total", item.total().amount())
			.param("created", item.createdAt().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** The months the connector has an item for. */
	Set<YearMonth> months(long connectorId) {
		return jdbc.sql("SELECT billing_month FROM billing_invoice_item WHERE connector_id = :connector")
			.param("connector", connectorId)
			.query(LocalDate.class)
			.list()
			.stream()
			.map(YearMonth::from)
			.collect(Collectors.toSet());
	}

	/** Items, latest month first; a null filter matches everything. */
	List<InvoiceItem> find(@Nullable YearMonth month, @Nullable Long connectorId) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (month != null) {
			conditions.add("billing_month = :month");
			params.put("month", month.atDay(1));
		}
		if (connectorId != null) {
			conditions.add("connector_id = :connector");
			params.put("connector", connectorId);
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return jdbc.sql(SELECT + where + " ORDER BY billing_month DESC, connector_id")
			.params(params)
			.query(InvoiceItemRepository::item)
			.list();
	}

	private static InvoiceItem item(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString(6).trim();
		return new InvoiceItem(rs.getObject(1, UUID.class), rs.getLong(2), null,
				YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getInt(4),
				new Money(rs.getObject(5, BigDecimal.class), currency),
				new Money(rs.getObject(7, BigDecimal.class), currency),
				rs.getObject(8, OffsetDateTime.class).toInstant());
	}

}
