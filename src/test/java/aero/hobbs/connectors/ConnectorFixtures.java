package aero.hobbs.connectors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Partner items and connectors for the connector tests, with defaults for what a test
 * does not care about.
 */
final class ConnectorFixtures {

	private ConnectorFixtures() {
	}

	/** The seed's sample item: a valid training flight from CYTZ to CYOO in C-GABC. */
	static Map<String, Object> aTrainingFlight(String uid) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("partner_item_uid", uid);
		item.put("flight_date", "2026-05-01");
		item.put("aircraft_type", "C172");
		item.put("aircraft_registration", "C-GABC");
		item.put("pic_name", "Jane Pilot");
		item.put("departure_airport", "CYTZ");
		item.put("departure_lat", 43.628611);
		item.put("departure_long", -79.396667);
		item.put("departure_time", "09:10");
		item.put("arrival_airport", "CYOO");
		item.put("arrival_lat", 43.922778);
		item.put("arrival_long", -78.895);
		item.put("arrival_time", "10:35");
		item.put("block_time_minutes", 85);
		item.put("pic_time_minutes", 85);
		item.put("single_pilot_se_minutes", 85);
		item.put("takeoffs_day", 1);
		item.put("landings_day", 1);
		item.put("remarks", "Training flight");
		return item;
	}

	static Map<String, Object> aConnector(PartnerSimulator partner) {
		Map<String, Object> connector = new LinkedHashMap<>();
		connector.put("name", "Partner connector");
		connector.put("endpoint_checkuser", partner.checkuserUrl());
		connector.put("endpoint_getnewids", partner.getnewidsUrl());
		connector.put("access_plan", 9999);
		connector.put("monthly_user_price", Map.of("amount", "4.00", "currency", "EUR"));
		return connector;
	}

	static Map<String, Object> with(Map<String, Object> item, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(item);
		if (value == null) {
			copy.remove(key);
		}
		else {
			copy.put(key, value);
		}
		return copy;
	}

}
