package aero.hobbs.airports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;

import org.jspecify.annotations.Nullable;

/**
 * The rules for what a pilot enters as a custom airport or an alias; every issue is
 * reported at once, by wire name.
 */
final class AirportInput {

	/**
	 * At most 10 characters because a flight's airport code is: the logbook refuses
	 * longer codes and stores 10, so a longer alias or custom code could never be used.
	 */
	static final int MAX_CODE_LENGTH = 10;

	static final int MAX_NAME_LENGTH = 200;

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1," + (MAX_CODE_LENGTH - 1) + "}");

	private AirportInput() {
	}

	record CheckedCustom(String code, String name, double latitude, double longitude) {
	}

	record CheckedAlias(String code, Airport target) {
	}

	/** Trimmed and upper case; empty for null. */
	static String normalize(@Nullable String code) {
		return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
	}

	static CheckedCustom checkCustom(@Nullable String code, @Nullable String name, @Nullable Double latitude,
			@Nullable Double longitude, AirportDirectory directory) {
		List<FieldIssue> issues = new ArrayList<>();
		String checkedCode = checkCode(code, directory, issues,
				"; log flights with it as it is, or choose another code for your airport");
		String checkedName = name == null ? "" : name.trim().replaceAll("\\s+", " ");
		if (checkedName.isEmpty() || checkedName.length() > MAX_NAME_LENGTH) {
			issues.add(new FieldIssue("name", "Enter the airport's name, up to " + MAX_NAME_LENGTH + " characters"));
		}
		if (latitude == null || latitude.isNaN() || latitude < -90 || latitude > 90) {
			issues.add(new FieldIssue("latitude",
					"Enter the latitude in decimal degrees, from -90 (south) to 90 " + "(north), e.g. 43.6275"));
		}
		if (longitude == null || longitude.isNaN() || longitude < -180 || longitude > 180) {
			issues.add(new FieldIssue("longitude",
					"Enter the longitude in decimal degrees, from -180 (west) to 180 " + "(east), e.g. -79.3962"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		return new CheckedCustom(checkedCode, checkedName, latitude, longitude);
	}

	/**
	 * {@code target} resolves a target code: the pilot's custom airports, then the
	 * reference set.
	 */
	static CheckedAlias checkAlias(@Nullable String code, @Nullable String targetCode, AirportDirectory directory,
			Function<String, Optional<Airport>> target) {
		List<FieldIssue> issues = new ArrayList<>();
		String checkedCode = checkCode(code, directory, issues, ", so it needs no alias");
		String wantedTarget = normalize(targetCode);
		Airport found = null;
		if (wantedTarget.isEmpty()) {
			issues.add(new FieldIssue("target_code", "Enter the code of the airport the alias stands for, e.g. CYTZ"));
		}
		else {
			found = target.apply(wantedTarget).orElse(null);
			if (found == null) {
				issues.add(new FieldIssue("target_code", "Unknown airport " + wantedTarget
						+ ": use an ICAO, IATA or FAA code, e.g. CYTZ, YTZ or 1C5, or one of your custom airports"));
			}
		}
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		return new CheckedAlias(checkedCode, Objects.requireNonNull(found));
	}

	private static String checkCode(@Nullable String code, AirportDirectory directory, List<FieldIssue> issues,
			String whenKnown) {
		String normalized = normalize(code);
		if (!CODE.matcher(normalized).matches()) {
			issues.add(new FieldIssue("code", "Use 2 to " + MAX_CODE_LENGTH
					+ " letters, digits or dashes, e.g. MYSTRIP or YTZ-CITY (a flight's airport code is at most "
					+ MAX_CODE_LENGTH + " characters)"));
			return normalized;
		}
		directory.find(normalized)
			.ifPresent(known -> issues.add(new FieldIssue("code", normalized + " is already an airport Hobbs knows ("
					+ known.name() + (known.code().equals(normalized) ? "" : ", " + known.code()) + ")" + whenKnown)));
		return normalized;
	}

}
