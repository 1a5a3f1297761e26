package aero.hobbs.connectors;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import aero.hobbs.shared.UserId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The items of a pilot's last preview or sync that were not imported, with the columns
 * the partner sent, so that the review can show and re-check them.
 */
@Repository
class StagedFlightRepository {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final JsonMapper json;

	StagedFlightRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches, JsonMapper json) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
	}

	void replace(UserId pilot, long connectorId, List<StagedFlight> flights, Instant now) {
		jdbc.sql("DELETE FROM connectors_staged_flight WHERE pilot_id = :pilot AND connector_id = :connector")
			.param("pilot", pilot.value())
			.param("connector", connectorId)
			.update();
		for (int from = 0; from < flights.size(); from += BATCH) {
			batches.batchUpdate("""
					INSERT INTO connectors_staged_flight (id, connector_id, pilot_id, position, partner_item_uid,
					  status, reasons, item, staged_at)
					VALUES (:id, :connector, :pilot, :position, :uid, :status, :reasons, :item, :now)""",
					flights.subList(from, Math.min(flights.size(), from + BATCH))
						.stream()
						.map(flight -> new MapSqlParameterSource().addValue("id", flight.id())
							.addValue("connector", connectorId)
							.addValue("pilot", pilot.value())
							.addValue("position", flight.position())
							.addValue("uid", flight.partnerItemUid())
							.addValue("status", flight.status().wireName())
							.addValue("reasons", truncate(String.join("\n", flight.reasons())))
							.addValue("item", json.writeValueAsString(item(flight)))
							.addValue("now", now.atOffset(ZoneOffset.UTC)))
						.toArray(MapSqlParameterSource[]::new));
		}
	}

	/**
	 * The staged items as the partner sent them (uid under partner_item_uid), in order.
	 */
	List<JsonNode> items(UserId pilot, long connectorId) {
		return jdbc
			.sql("SELECT item FROM connectors_staged_flight WHERE pilot_id = :pilot AND connector_id = :connector"
					+ " ORDER BY position")
			.param("pilot", pilot.value())
			.param("connector", connectorId)
			.query((rs, row) -> json.readTree(rs.getString(1)))
			.list();
	}

	/** How many staged items the pilot has per status. */
	Map<String, Integer> counts(UserId pilot, long connectorId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT status, COUNT(*) FROM connectors_staged_flight WHERE pilot_id = :pilot"
				+ " AND connector_id = :connector GROUP BY status")
			.param("pilot", pilot.value())
			.param("connector", connectorId)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	private static Map<String, Object> item(StagedFlight flight) {
		Map<String, Object> item = new LinkedHashMap<>();
		if (flight.partnerItemUid() != null) {
			item.put("partner_item_uid", flight.partnerItemUid());
		}
		item.putAll(flight.columns());
		return item;
	}

	private static String truncate(String reasons) {
		return reasons.length() <= 4000 ? reasons : reasons.substring(0, 3999) + "…";
	}

}
