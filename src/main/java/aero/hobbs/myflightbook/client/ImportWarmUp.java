package aero.hobbs.myflightbook.client;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import aero.hobbs.myflightbook.mapping.AircraftInfo;
import aero.hobbs.myflightbook.mapping.FlightMapping;
import aero.hobbs.myflightbook.mapping.MappedFlight;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Reads and maps made-up pages of MyFlightbook flights in the background once the server
 * has started ({@code hobbs.myflightbook.warm-up}, on by default), so that the first
 * import after a start does not run its per-flight code, JSON reading and mapping, on a
 * cold JIT: a 5,000-flight import spent more CPU on compiling than on importing. It
 * touches no database, no network and no pilot's data, and takes about a second of CPU
 * once per start. The pages are built here, not read from MyFlightbook.
 */
@Component
class ImportWarmUp {

	/**
	 * As many entries as a 5,000-flight logbook: enough calls for the JIT to optimize.
	 */
	static final int PAGES = 100;

	private static final Logger log = LoggerFactory.getLogger(ImportWarmUp.class);

	private static final String AIRCRAFT = """
			[{"AircraftID": 1, "TailNumber": "N123AB", "InstanceType": 1, "ModelDescription": "Skyhawk SP"},
			 {"AircraftID": 2, "TailNumber": "#(ANONYMOUS C-172)", "InstanceType": 1},
			 {"AircraftID": 3, "TailNumber": "SIM-FTD", "InstanceTypeID": 3, "ModelDescription": "Frasca 141"}]""";

	private static final String[] ROUTES = { "KPAE/16R-KBLI/34", "KPAE KBLI KPAE", "EGLL, LFPG", "KPAEX", "",
			"kjfk>kbos" };

	private final MyFlightbookClient client;

	private final MyFlightbookProperties properties;

	ImportWarmUp(MyFlightbookClient client, MyFlightbookProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUpInTheBackground() {
		if (!properties.warmUp()) {
			return;
		}
		Thread.ofPlatform().name("myflightbook-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(() -> {
			try {
				warmUp(PAGES);
			}
			catch (RuntimeException e) {
				log.warn("The MyFlightbook warm-up stopped; imports are not affected", e);
			}
		});
	}

	/**
	 * Reads and maps {@code pages} pages of 50 made-up entries; answers how many mapped.
	 */
	int warmUp(int pages) {
		Map<Integer, AircraftInfo> aircraft = AircraftInfo.byId(client.read(AIRCRAFT));
		// four letters is an airport here; the warm-up must not look anything up
		FlightMapping mapping = new FlightMapping(code -> code.length() == 4);
		int mapped = 0;
		for (int page = 0; page < pages; page++) {
			for (JsonNode entry : client.read(page(page))) {
				if (mapping.map(entry, aircraft) instanceof MappedFlight.Mapped flight) {
					flight.toImported();
					mapped++;
				}
			}
		}
		return mapped;
	}

	/** Fifty entries in MyFlightbook's shape (API spec §6.2), varied as real ones are. */
	static String page(int page) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < 50; i++) {
			int n = page * 50 + i;
			LocalDate date = LocalDate.of(2020, 1, 1).plusDays(n % 2000);
			json.append(i == 0 ? "" : ",").append("{\"FlightID\": ").append(1_000_000 + n);
			json.append(", \"Date\": \"").append(date).append("T00:00:00\"");
			json.append(", \"AircraftID\": ").append(1 + n % 3);
			json.append(", \"TailNumDisplay\": \"").append(n % 3 == 1 ? "(C-172)" : "N123AB").append('"');
			json.append(", \"ModelDisplay\": \"")
				.append(n % 2 == 0 ? "C-172 S, Cessna  Skyhawk SP" : "PA-28")
				.append('"');
			json.append(", \"Route\": \"").append(ROUTES[n % ROUTES.length]).append('"');
			json.append(", \"Comment\": \"")
				.append(n % 4 == 0 ? "Pattern work, \\\"gusty\\\" – 15G25" : "")
				.append('"');
			String hours = String.format(Locale.ROOT, "%d.%02d", 1 + n % 3, n % 100);
			json.append(", \"TotalFlightTime\": ").append(hours).append(", \"PIC\": ").append(hours);
			if (n % 5 == 0) {
				json.append(", \"Nighttime\": 0.5000, \"IMC\": 0.30, \"SimulatedIFR\": 0.2, \"CrossCountry\": ")
					.append(hours);
			}
			if (n % 7 == 0) {
				json.append(", \"Dual\": ")
					.append(hours)
					.append(", \"CFIName\": \"A. Instructor\"")
					.append(", \"CFICertificate\": \"1234567CFI\", \"CFIExpiration\": \"2027-05-31T00:00:00\"")
					.append(", \"CFISignatureDate\": \"")
					.append(date)
					.append("T00:00:00\", \"CFISignatureState\": 1")
					.append(", \"CFIEmail\": \"cfi@example.com\", \"CFIComments\": \"Good landings\"");
			}
			json.append(", \"Landings\": ").append(1 + n % 4).append(", \"FullStopLandings\": ").append(n % 2);
			if (n % 6 == 0) {
				json.append(", \"NightLandings\": 1, \"Approaches\": 2, \"fHoldingProcedures\": true");
			}
			json.append(", \"CustomProperties\": [");
			if (n % 2 == 0) {
				json.append("{\"PropID\": ")
					.append(n)
					.append(", \"FlightID\": ")
					.append(1_000_000 + n)
					.append(", \"PropTypeID\": 187, \"DateValue\": \"")
					.append(date)
					.append("T14:05:00Z\"}")
					.append(", {\"PropTypeID\": 186, \"DateValue\": \"")
					.append(date)
					.append("T15:40:00Z\"}")
					.append(", {\"PropTypeID\": 183, \"TextValue\": \"J. Pilot\"}")
					.append(", {\"PropTypeID\": 82, \"DecValue\": 0.8}, {\"PropTypeID\": 73, \"IntValue\": 1}");
			}
			json.append("]}");
		}
		return json.append("]").toString();
	}

}
