package aero.hobbs.airports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The bundled airport reference set (OurAirports, {@code airports/airports.csv.gz}; see
 * docs/airports.md), held in memory. It is read in the background once the application
 * has started (some 70,000 rows, a second or so on a cold JIT), so that the first import
 * or form does not pay for it; a lookup before that waits for the read. A code resolves
 * by, in this order: OurAirports ident, GPS/ICAO code, FAA or local code, IATA code; a
 * three-character US FAA code also resolves with a leading {@code K} (1C5 and K1C5).
 */
@Service
public class AirportDirectory {

	private static final String RESOURCE = "airports/airports.csv.gz";

	private static final Logger log = LoggerFactory.getLogger(AirportDirectory.class);

	private volatile @Nullable Index index;

	/**
	 * The airport a pilot means by {@code code} (case and surrounding blanks ignored).
	 */
	public Optional<Airport> find(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(index().resolve(code.trim().toUpperCase(Locale.ROOT)));
	}

	/**
	 * Up to {@code limit} airports whose code starts with {@code query}, then whose name
	 * or town contains it.
	 */
	public List<Airport> suggest(String query, int limit) {
		String q = query == null ? "" : query.trim().toUpperCase(Locale.ROOT);
		if (q.isEmpty()) {
			return List.of();
		}
		Index idx = index();
		Set<Airport> found = new LinkedHashSet<>();
		Airport exact = idx.resolve(q);
		if (exact != null) {
			found.add(exact);
		}
		int from = Arrays.binarySearch(idx.sortedCodes, q);
		for (int i = from < 0 ? -from - 1 : from; i < idx.sortedCodes.length && found.size() < limit
				&& idx.sortedCodes[i].startsWith(q); i++) {
			found.add(idx.byCode.get(idx.sortedCodes[i]));
		}
		if (found.size() < limit && q.length() >= 3) {
			for (Airport airport : idx.all) {
				if (found.size() >= limit) {
					break;
				}
				if (airport.name().toUpperCase(Locale.ROOT).contains(q)
						|| airport.municipality().toUpperCase(Locale.ROOT).contains(q)) {
					found.add(airport);
				}
			}
		}
		return List.copyOf(found);
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadInTheBackground() {
		Thread.ofPlatform().name("airport-directory-load").daemon().start(() -> {
			try {
				index();
			}
			catch (RuntimeException e) {
				log.warn("Could not read the airport directory in the background; the first lookup tries again", e);
			}
		});
	}

	public int size() {
		return index().all.size();
	}

	private Index index() {
		Index current = index;
		if (current == null) {
			synchronized (this) {
				current = index;
				if (current == null) {
					current = load();
					index = current;
				}
			}
		}
		return current;
	}

	private static Index load() {
		try (InputStream in = new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream());
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String> header = CsvLine.parse(reader.readLine());
			Map<String, Integer> column = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				column.put(header.get(i), i);
			}
			List<Airport> all = new ArrayList<>(80_000);
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				List<String> f = CsvLine.parse(line);
				all.add(new Airport(f.get(column.get("ident")), f.get(column.get("type")), f.get(column.get("name")),
						Double.parseDouble(f.get(column.get("latitude_deg"))),
						Double.parseDouble(f.get(column.get("longitude_deg"))),
						blank(f.get(column.get("elevation_ft"))) == null ? null
								: (int) Math.round(Double.parseDouble(f.get(column.get("elevation_ft")))),
						f.get(column.get("iso_country")), f.get(column.get("iso_region")),
						f.get(column.get("municipality")), blank(f.get(column.get("gps_code"))),
						blank(f.get(column.get("iata_code"))), blank(f.get(column.get("local_code")))));
			}
			return new Index(all);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the bundled airport set " + RESOURCE, e);
		}
	}

	private static @Nullable String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static final class Index {

		final List<Airport> all;

		final Map<String, Airport> byCode = new HashMap<>(200_000);

		final String[] sortedCodes;

		Index(List<Airport> all) {
			this.all = all;
			// later passes never replace an earlier, stronger claim on a code
			all.forEach(a -> byCode.putIfAbsent(a.ident().toUpperCase(Locale.ROOT), a));
			all.stream().filter(a -> a.gpsCode() != null).forEach(a -> byCode.putIfAbsent(a.gpsCode(), a));
			all.stream().filter(a -> a.localCode() != null).forEach(a -> byCode.putIfAbsent(a.localCode(), a));
			all.stream().filter(a -> a.iataCode() != null).forEach(a -> byCode.putIfAbsent(a.iataCode(), a));
			sortedCodes = byCode.keySet().stream().sorted(Comparator.naturalOrder()).toArray(String[]::new);
		}

		@Nullable Airport resolve(String code) {
			Airport airport = byCode.get(code);
			if (airport == null && code.length() == 3) {
				Airport withK = byCode.get("K" + code);
				if (withK != null && "US".equals(withK.country())) {
					return withK;
				}
			}
			return airport;
		}

	}

}
