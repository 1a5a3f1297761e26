package aero.hobbs.aircraft;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-made registry sample under src/test/resources/aircraft/faa. */
final class FaaSample {

	/** Aircraft the sample loads, and MASTER rows it skips. */
	static final int AIRCRAFT = 13;

	static final int SKIPPED = 1;

	private FaaSample() {
	}

	static Path directory() {
		try {
			return Path.of(FaaSample.class.getResource("/aircraft/faa/MASTER.txt").toURI()).getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static FaaRegistry.Loaded loadInto(FaaRegistry registry) {
		return registry.load(directory().resolve("MASTER.txt"), directory().resolve("ACFTREF.txt"));
	}

}
