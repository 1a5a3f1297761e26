package aero.hobbs.accounting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import aero.hobbs.ApiClient;
import aero.hobbs.aircraft.fleet.Fleet;
import aero.hobbs.aircraft.fleet.FleetAircraftDetails;
import aero.hobbs.organizations.OrganizationFixtures.School;
import aero.hobbs.shared.UserId;

import org.springframework.stereotype.Component;

/**
 * Invoices, lines and fleet aircraft for accounting tests. Import it together with
 * {@code OrganizationFixtures}.
 */
@Component
public class AccountingFixtures {

	private final Fleet fleet;

	AccountingFixtures(Fleet fleet) {
		this.fleet = fleet;
	}

	/** A C172 in the school's fleet at the hourly rate, e.g. "180.00". */
	public UUID anAircraft(School school, String registration, String hourlyRate) {
		return fleet
			.add(school.id(), UserId.of(school.owner().id()),
					new FleetAircraftDetails(registration, "C172", "Cessna 172S", "asel", false, null, hourlyRate))
			.id();
	}

	public static Map<String, Object> money(String amount) {
		return Map.of("amount", amount, "currency", "EUR");
	}

	public static Map<String, Object> aLine(String description, String quantity, String unitPrice, String taxRate) {
		Map<String, Object> line = new HashMap<>();
		line.put("description", description);
		line.put("quantity", quantity);
		line.put("unit_price", money(unitPrice));
		line.put("tax_rate", taxRate);
		return line;
	}

	public static Map<String, Object> aDraftTo(ApiClient.Pilot member, List<Map<String, Object>> lines) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("member_id", member.id());
		draft.put("lines", lines);
		return draft;
	}

	/** A draft to the member with one line of an hour at 100.00 and no tax. */
	public static Map<String, Object> aDraftTo(ApiClient.Pilot member) {
		return aDraftTo(member, List.of(aLine("Ground school", "1", "100.00", "0")));
	}

}
