package aero.hobbs.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import aero.hobbs.ApiClient;
import aero.hobbs.ApiClient.Response;
import aero.hobbs.JsonShapes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 000's own client examples for {@code import-emails.php}, run unchanged but for the
 * URL and the key against a running Hobbs; the answer must have the seed's sample
 * response's shape in every key.
 * <p>
 * The examples under {@code src/test/resources/connectors/seed-clients/} are verbatim
 * copies, with no changes needed to run them: the seed lost its indentation, which
 * matters to none of them, and the Node example uses top-level {@code await}, so it is
 * saved as {@code .mjs}. The curl example prints only the body, so its status is not
 * checked. A missing runtime fails the test and says what to install ({@code .ci/run}
 * installs them); PHP is the exception: its example runs only where {@code php} is
 * installed. The C# example is not run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedClientExamplesIntegrationTests {

	static final String EXAMPLES = "connectors/seed-clients/";

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	static final String PATH = "/api/v1/connectors/import-emails.php";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@TempDir
	Path work;

	ApiClient api;

	String key;

	@BeforeEach
	void newConnector() throws Exception {
		api = new ApiClient(port);
		try (PartnerSimulator partner = new PartnerSimulator()) {
			Response created = api.send("POST", "/api/admin/connectors", ApiClient.ADMIN_TOKEN,
					ConnectorFixtures.aConnector(partner));
			assertThat(created.status()).isEqualTo(201);
			key = created.body().get("data").get("attributes").get("api_key").asString();
		}
	}

	@Test
	void curlExampleGetsTheSamplesShape() throws Exception {
		require("curl", "apt-get install curl", "curl", "--version");

		JsonNode body = json.readTree(run("import-emails.curl.sh", "bash"));

		assertMatchesSample(body);
		assertThat(summary(body)).containsExactly(3, 1, 3, 1, 3, 0, 0, 0);
		assertThat(statuses(body)).containsExactly("inserted", "inserted", "inserted");
	}

	@Test
	void curlExampleGetsTheSamplesCountersWhenPilotTwoAndTheFormerPilotAreAlreadyAllowed() throws Exception {
		require("curl", "apt-get install curl", "curl", "--version");
		Response before = api.send("POST", PATH, key,
				Map.of("emails", List.of("pilot.two@example.com", "former.pilot@example.com")));
		assertThat(before.status()).isEqualTo(200);

		JsonNode body = json.readTree(run("import-emails.curl.sh", "bash"));

		assertMatchesSample(body);
		assertThat(summary(body)).isEqualTo(summary(sample())).containsExactly(3, 1, 3, 1, 2, 1, 1, 0);
		assertThat(statuses(body)).containsExactly("inserted", "updated", "inserted");
		assertThat(body.get("imported_emails").get(1).get("access_token").asString())
			.isEqualTo(before.body().get("imported_emails").get(0).get("access_token").asString());
	}

	@Test
	void pythonRequestsExampleGetsTheSamplesShape() throws Exception {
		require("Python 3 with requests", "apt-get install python3 python3-requests", "python3", "-c",
				"import requests");

		assertFreshImport(statusAndBody(run("import_emails.py", "python3"), ""));
	}

	@Test
	void nodeFetchExampleGetsTheSamplesShape() throws Exception {
		require("Node.js 18 or later (for fetch)", "apt-get install nodejs", "node", "-e",
				"process.exit(typeof fetch === 'function' ? 0 : 1)");

		assertFreshImport(statusAndBody(run("import-emails.mjs", "node"), ""));
	}

	@Test
	void javaHttpClientExampleGetsTheSamplesShape() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

		assertFreshImport(statusAndBody(run("ImportConnectorEmails.java", java), ""));
	}

	@Test
	void phpExampleGetsTheSamplesShapeWherePhpIsInstalled() throws Exception {
		assumeThat(succeeds("php", "-r", "exit(function_exists('curl_init') ? 0 : 1);"))
			.as("php with the curl extension is not installed, so the seed's PHP example is not run")
			.isTrue();

		assertFreshImport(statusAndBody(run("import-emails.php", "php"), "HTTP "));
	}

	private void assertFreshImport(StatusAndBody answer) {
		assertThat(answer.status()).isEqualTo(200);
		assertMatchesSample(answer.body());
		assertThat(summary(answer.body())).containsExactly(3, 1, 3, 1, 3, 0, 0, 0);
		assertThat(statuses(answer.body())).containsExactly("inserted", "inserted", "inserted");
	}

	private void assertMatchesSample(JsonNode body) {
		JsonNode sample = sample();
		assertThat(JsonShapes.differences(sample, body)).as("differences from the seed's sample response").isEmpty();
		assertThat(body.get("message").asString()).isEqualTo(sample.get("message").asString());
		assertThat(body.get("connector").get("name").asString())
			.isEqualTo(sample.get("connector").get("name").asString());
		assertThat(body.get("connector").get("access_plan").asInt())
			.isEqualTo(sample.get("connector").get("access_plan").asInt());
		assertThat(body.get("imported_emails").findValuesAsString("email")).containsExactly("pilot.one@example.com",
				"pilot.two@example.com", "pilot.three@example.com");
		body.get("imported_emails")
			.forEach(item -> assertThat(item.get("access_token").asString()).matches("[0-9a-f]{64}"));
		assertThat(body.get("invalid_emails").isEmpty()).isTrue();
	}

	/**
	 * Copies the example to the work directory with the seed's host and placeholder key
	 * replaced, runs it there and returns what it printed.
	 */
	private String run(String example, String... interpreter) throws Exception {
		String source = read(EXAMPLES + example);
		assertThat(source).as("the seed's example %s", example)
			.contains("https://prologbooks.com", "YOUR_CONNECTOR_API_KEY");
		Path script = Files.writeString(work.resolve(example),
				source.replace("https://prologbooks.com", "http://127.0.0.1:" + port)
					.replace("YOUR_CONNECTOR_API_KEY", key));

		List<String> command = new ArrayList<>(List.of(interpreter));
		command.add(script.getFileName().toString());
		Path stdout = work.resolve(example + ".stdout");
		Path stderr = work.resolve(example + ".stderr");
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile());
		builder.environment().put("NO_PROXY", "127.0.0.1");
		builder.environment().put("no_proxy", "127.0.0.1");
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("%s did not finish within %s; it printed: %s %s", command, TIMEOUT, Files.readString(stdout),
					Files.readString(stderr));
		}
		assertThat(process.exitValue()).as("exit code of %s; stderr: %s", command, Files.readString(stderr)).isZero();
		return Files.readString(stdout);
	}

	/** Fails, saying what to install, unless the probe command runs and succeeds. */
	private static void require(String runtime, String install, String... probe) {
		assertThat(succeeds(probe))
			.as("The seed's client examples need %s; `%s` failed. Install it (Debian: %s); .ci/run does this.", runtime,
					String.join(" ", probe), install)
			.isTrue();
	}

	private static boolean succeeds(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The status the example printed on its first line, after a prefix, and the body
	 * after it.
	 */
	private StatusAndBody statusAndBody(String printed, String prefix) {
		String[] lines = printed.split("\\R", 2);
		assertThat(lines).as("what the example printed: %s", printed).hasSize(2);
		assertThat(lines[0]).as("the status line").startsWith(prefix);
		return new StatusAndBody(Integer.parseInt(lines[0].substring(prefix.length()).trim()), json.readTree(lines[1]));
	}

	private record StatusAndBody(int status, JsonNode body) {
	}

	private JsonNode sample() {
		return json.readTree(read(EXAMPLES + "import-emails.sample-response.json"));
	}

	private static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Integer> summary(JsonNode body) {
		return body.get("summary").valueStream().map(JsonNode::asInt).toList();
	}

	private static List<String> statuses(JsonNode body) {
		return body.get("imported_emails").findValuesAsString("status");
	}

}
