package aero.hobbs.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** How an item's stable id is read from the three keys seed 000 allows. */
class ItemStagingTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsTheUidFromAnyOfTheThreeKeysAsTextOrNumber() {
		assertThat(ItemStaging.uid(json.readTree("{\"partner_item_uid\": \" flight-1 \"}"))).isEqualTo("flight-1");
		assertThat(ItemStaging.uid(json.readTree("{\"partner_item_id\": 10002}"))).isEqualTo("10002");
		assertThat(ItemStaging.uid(json.readTree("{\"unique_id\": 10002.0}"))).isEqualTo("10002");
		assertThat(ItemStaging.uid(json.readTree("{\"unique_id\": 12345678901234567890}")))
			.isEqualTo("12345678901234567890");
	}

	@Test
	void prefersPartnerItemUidAndSkipsEmptyKeys() {
		assertThat(ItemStaging.uid(json.readTree("{\"unique_id\": \"u\", \"partner_item_uid\": \"p\"}")))
			.isEqualTo("p");
		assertThat(ItemStaging.uid(json.readTree("{\"partner_item_uid\": \"\", \"partner_item_id\": 7}")))
			.isEqualTo("7");
		assertThat(ItemStaging.uid(json.readTree("{\"partner_item_uid\": null, \"unique_id\": \"u\"}"))).isEqualTo("u");
	}

	@Test
	void hasNoUidWhenNoneOfTheKeysHoldsOne() {
		assertThat(ItemStaging.uid(json.readTree("{\"id\": \"x\"}"))).isNull();
		assertThat(ItemStaging.uid(json.readTree("{\"partner_item_uid\": {\"nested\": 1}}"))).isNull();
		assertThat(ItemStaging.uid(json.readTree("{\"partner_item_uid\": true}"))).isNull();
		assertThat(ItemStaging.uid(json.readTree("{\"partner_item_uid\": \"" + "x".repeat(201) + "\"}"))).isNull();
	}

}
