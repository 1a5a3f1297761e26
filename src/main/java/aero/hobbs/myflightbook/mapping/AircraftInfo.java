package aero.hobbs.myflightbook.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What flight mapping needs from one of the pilot's {@code AircraftForUser} entries (API
 * spec §7): flights carry only an {@code AircraftID}, and the device class is known only
 * here. {@code instanceType} is MyFlightbook's {@code AircraftInstanceTypes} number.
 */
public record AircraftInfo(int aircraftId, String tailNumber, int instanceType, String modelDescription) {

	/** Anonymous aircraft have a tail of {@code #(ANONYMOUS <model>)}. */
	public boolean anonymous() {
		return tailNumber.startsWith("#");
	}

	static AircraftInfo from(JsonNode aircraft) {
		int instanceType = MfbMembers.count(aircraft, "InstanceType");
		return new AircraftInfo(MfbMembers.count(aircraft, "AircraftID"), MfbMembers.text(aircraft, "TailNumber"),
				instanceType == 0 ? MfbMembers.count(aircraft, "InstanceTypeID") : instanceType,
				MfbMembers.text(aircraft, "ModelDescription"));
	}

	/** The {@code AircraftForUser} answer by {@code AircraftID}. */
	public static Map<Integer, AircraftInfo> byId(JsonNode aircraftForUser) {
		Map<Integer, AircraftInfo> byId = new LinkedHashMap<>();
		for (JsonNode aircraft : aircraftForUser) {
			AircraftInfo info = from(aircraft);
			byId.put(info.aircraftId(), info);
		}
		return byId;
	}

}
