package aero.hobbs.myflightbook;

import aero.hobbs.myflightbook.client.MyFlightbookClient;
import aero.hobbs.myflightbook.mapping.AircraftInfo;
import aero.hobbs.myflightbook.mapping.DeviceClass;
import aero.hobbs.myflightbook.mapping.FlightMapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import aero.hobbs.aircraft.AircraftRegistry;
import aero.hobbs.aircraft.ImportedAircraft;
import aero.hobbs.airports.PilotAirports;
import aero.hobbs.logbook.ImportRun;
import aero.hobbs.logbook.ImportedFlight;
import aero.hobbs.logbook.LogbookImports;
import aero.hobbs.myflightbook.mapping.MappedFlight.Mapped;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Imports a pilot's MyFlightbook account into one import run, in the seed's order:
 * aircraft, flights (pages of 50), currency, totals. Every step can run again: an
 * aircraft the pilot has is kept as is, a flight whose {@code mfb:<FlightID>} the logbook
 * has is skipped, one matching an unlinked flight by the legacy key links it instead, and
 * currency and totals are replaced. So a sync that died half-way is simply run again.
 * Each page is checked, matched and stored by the logbook in one call and one transaction
 * ({@link LogbookImports#importPage}), which keeps its monthly totals (and with them the
 * trailing 12 months) as it goes; what the pages need to know (the pilot's aircraft,
 * airports and imported ids) is read once per run, not per page.
 */
@Component
class MyFlightbookImporter {

	static final String SOURCE = "myflightbook";

	private static final Logger log = LoggerFactory.getLogger(MyFlightbookImporter.class);

	private final MyFlightbookClient client;

	private final AircraftRegistry aircraftRegistry;

	private final PilotAirports pilotAirports;

	private final LogbookImports imports;

	private final AccountSnapshots snapshots;

	/** Tests stop an import after a stored page here, as a node dying would. */
	volatile @Nullable Runnable afterPage;

	MyFlightbookImporter(MyFlightbookClient client, AircraftRegistry aircraftRegistry, PilotAirports pilotAirports,
			LogbookImports imports, AccountSnapshots snapshots) {
		this.client = client;
		this.aircraftRegistry = aircraftRegistry;
		this.pilotAirports = pilotAirports;
		this.imports = imports;
		this.snapshots = snapshots;
	}

	/** Runs the import into {@code run} (processing) and ends the run as completed. */
	SyncJob.Outcome importAccount(ImportRun run) {
		UserId pilot = run.pilot();
		JsonNode aircraftForUser = client.aircraft(pilot);
		Map<Integer, AircraftInfo> aircraft = aircraftForUser.isArray() ? AircraftInfo.byId(aircraftForUser) : Map.of();
		int adopted = adoptAircraft(pilot, aircraft);
		FlightCounts counts = new FlightCounts();
		// a logbook names a few airports thousands of times: the pilot's own airports are
		// read once per run, and each code's answer is remembered
		PilotAirports.Resolver airports = pilotAirports.resolver(pilot);
		Map<String, Boolean> knownAirports = new HashMap<>();
		FlightMapping mapping = new FlightMapping(
				code -> knownAirports.computeIfAbsent(code, known -> airports.find(known).isPresent()));
		// after the adoption, so that the flights link the aircraft adopted just now
		LogbookImports.RunLookups lookups = imports.lookupsFor(run);
		int mfbFlights = client.forEachFlightPage(pilot,
				page -> importPage(run, page, aircraft, mapping, lookups, counts));
		@Nullable Long totalMinutes = snapshots.replace(pilot);
		ImportRun done = imports.complete(run,
				new LogbookImports.ImportCounts(counts.seen, counts.skipped, 0, counts.duplicates), counts.failed);
		return new SyncJob.Outcome(adopted, counts.seen, done.imported(), counts.skipped + counts.duplicates,
				counts.failed, mfbFlights, aircraft.size(), totalMinutes);
	}

	/**
	 * Adopts each real aircraft with a tail number; anonymous aircraft and simulators
	 * have none to look up (spec §7).
	 */
	private int adoptAircraft(UserId pilot, Map<Integer, AircraftInfo> aircraft) {
		int adopted = 0;
		for (AircraftInfo info : aircraft.values()) {
			if (info.anonymous() || info.tailNumber().isBlank()
					|| DeviceClass.of(info.instanceType()).orElse(null) != DeviceClass.REAL_AIRCRAFT) {
				continue;
			}
			try {
				aircraftRegistry.adoptImported(pilot, ImportedAircraft.of(info.tailNumber(),
						info.modelDescription().isBlank() ? null : info.modelDescription()));
				adopted++;
			}
			catch (InvalidInput ex) {
				log.info("Not adopting MyFlightbook aircraft {}: {}", info.aircraftId(), ex.getMessage());
			}
		}
		return adopted;
	}

	private void importPage(ImportRun run, List<JsonNode> page, Map<Integer, AircraftInfo> aircraft,
			FlightMapping mapping, LogbookImports.RunLookups lookups, FlightCounts counts) {
		List<ImportedFlight> mapped = new ArrayList<>(page.size());
		for (JsonNode entry : page) {
			counts.seen++;
			if (mapping.map(entry, aircraft) instanceof Mapped flight) {
				mapped.add(flight.toImported());
			}
			else {
				counts.skipped++;
			}
		}
		// the legacy key is taken on the checked values (airports as the logbook stores
		// them)
		LogbookImports.PageOutcome outcome = imports.importPage(run, mapped,
				LogbookImports.Matching.SOURCE_ID_OR_LEGACY_KEY, lookups);
		counts.duplicates += outcome.duplicates() + outcome.linked();
		counts.failed += outcome.rejected().size();
		outcome.rejected()
			.forEach(rejected -> log.info("Not importing MyFlightbook flight {} of pilot {}: {}", rejected.sourceId(),
					run.pilot(), rejected.issues()));
		Runnable hook = afterPage;
		if (hook != null) {
			hook.run();
		}
	}

	private static final class FlightCounts {

		int seen;

		int skipped;

		int duplicates;

		int failed;

	}

}
