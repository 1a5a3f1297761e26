package aero.hobbs.webhooks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a delivery with the npm {@code standardwebhooks} package under node, as a
 * receiver would. The package is installed once per build from the pinned lock file
 * ({@code npm ci}) into {@code target/webhooks-verifier}.
 */
public final class StandardWebhooksVerifier {

	private static final Path SOURCE = Path.of("src/test/resources/webhooks/verifier");

	private static final Path HOME = Path.of("target/webhooks-verifier");

	private StandardWebhooksVerifier() {
	}

	public record Outcome(int exitCode, String output) {
	}

	public static synchronized Outcome verify(String secret, Map<String, String> headers, String body)
			throws IOException, InterruptedException {
		install();
		Process node = new ProcessBuilder("node", HOME.resolve("verify.mjs").toString()).redirectErrorStream(true)
			.start();
		try (OutputStream in = node.getOutputStream()) {
			in.write(JsonMapper.builder()
				.build()
				.writeValueAsString(Map.of("secret", secret, "headers", headers, "body", body))
				.getBytes(StandardCharsets.UTF_8));
		}
		if (!node.waitFor(60, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			throw new AssertionError("node did not finish verifying within 60 s");
		}
		return new Outcome(node.exitValue(), new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	private static void install() throws IOException, InterruptedException {
		Files.createDirectories(HOME);
		for (String file : List.of("package.json", "package-lock.json", "verify.mjs")) {
			Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		if (Files.isDirectory(HOME.resolve("node_modules/standardwebhooks"))) {
			return;
		}
		Process npm = new ProcessBuilder("npm", "ci", "--prefix", HOME.toString(), "--no-audit", "--no-fund")
			.redirectErrorStream(true)
			.start();
		String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
			throw new AssertionError("npm ci failed: " + output);
		}
	}

}
