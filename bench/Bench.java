/*
 * Hobbs benchmark load generator: one pass against one running server.
 *
 * Run in source-launch mode with a JDK >= 21 (only the JDK is used):
 *
 *   java bench/Bench.java --base http://127.0.0.1:8080 --admin-token T --db h2 --out rows.tsv
 *
 * It creates a pilot with an API key, seeds the logbook over HTTP, then measures
 *   - GET /v1/ping and GET /v1/me/flight-logs?page=1&per_page=50 under closed-loop load (throughput, p50, p99),
 *   - GET /logbook (signed-in page session) and GET /v1/me/totals, sequentially (p50, p99),
 *   - the partner connectors: POST /api/v1/connectors/import-emails.php with 10,000 new emails (fresh connector,
 *     several runs) and again with the same emails, then a preview and a sync of a 10,000-item partner answer served
 *     by a partner simulator in this process (its own serving time is measured and subtracted),
 *   - the server's used heap from /actuator/metrics afterwards (and sampled during the preview and sync).
 * Those are the stage "core" (the default). The stage "mfb" (--stages mfb, or core,mfb) imports a MyFlightbook logbook
 * from a MyFlightbook simulator in this process (--mfb-port, the server's MFB_BASE_URL): a pilot connects through the
 * OAuth pages, then POST /v1/me/integrations/myflightbook/sync is timed until the job has completed (the simulator's
 * serving time subtracted; with spacing, compared with calls × --mfb-spacing-ms), with the heap sampled meanwhile.
 *
 * Results go to --out as tab-separated rows "db, metric, value, target, ok" plus lines "#note<TAB>db<TAB>text".
 * Progress goes to stderr. There are no assertions on timings: targets are only reported. The exit status is 1
 * when a stage could not run (a contract mismatch or a server error), 0 otherwise.
 */

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

public class Bench {

	// ---- configuration (command line) ----
	static String base;
	static String adminToken;
	static String db = "h2";
	static Path out;
	static int flights = 20_000;
	static int seedConcurrency = 32;
	static int concurrency = 16;
	static double warmupSeconds = 5;
	static double durationSeconds = 15;
	static int samples = 200;
	static int sequentialWarmup = 20;
	static String email = "bench@example.com";
	static String password = "bench-password-123";
	static int importEmails = 10_000; // emails per import-emails call; 0 skips the stage
	static int importRuns = 3;
	static int connectorItems = 10_000; // items in the partner's answer for preview + sync; 0 skips the stage
	static List<String> stages = List.of("core"); // core (everything above), mfb (the MyFlightbook import)
	static int mfbFlights = 5_000;
	static int mfbPort; // where the MyFlightbook simulator listens; the server's MFB_BASE_URL points there
	static String mfbClientId;
	static String mfbClientSecret;
	static long mfbSpacingMs = 500; // the server's hobbs.myflightbook.call-spacing, for the label and the target
	static long serverPid; // when > 0, the server's CPU time during the MFB sync is read from /proc/<pid>/stat

	// ---- targets (reported, never asserted) ----
	static final double RATIO_TARGET = 0.5;
	static final double LOGBOOK_TARGET_MS = 150;
	static final double TOTALS_TARGET_MS = 50;
	static final double IMPORT_EMAILS_TARGET_S = 2;
	static final double PREVIEW_SYNC_TARGET_S = 5;
	static final double MFB_WORK_TARGET_S = 5;
	static final double MFB_SPACED_TOLERANCE = 0.10;

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
	static final List<String> rows = new ArrayList<>();
	static boolean failed;

	static HttpClient api;
	static String apiKey;
	static HttpClient pages;
	static PartnerSimulator partner;
	static MfbSimulator mfb;

	public static void main(String[] args) throws Exception {
		parseArgs(args);
		api = client(null);
		try {
			runStages();
		}
		finally {
			if (partner != null) {
				partner.close();
			}
			if (mfb != null) {
				mfb.close();
			}
			write();
		}
		System.exit(failed ? 1 : 0);
	}

	static void runStages() {
		if (stages.contains("core")) {
			coreStages();
		}
		if (stages.contains("mfb")) {
			stage("myflightbook", Bench::myflightbookStage);
		}
	}

	static void coreStages() {
		if (!stage("setup", Bench::createUser)) {
			return; // nothing else can run without an API key
		}
		boolean seeded = stage("seed", Bench::seed);
		stage("api load", Bench::apiLoad);
		stage("api overhead", Bench::apiOverheadStage);
		if (stage("page sign-in", Bench::signIn)) {
			stage("logbook page", Bench::logbookPage);
		}
		stage("totals", Bench::totals);
		if (importEmails > 0) {
			stage("import-emails", Bench::importEmailsStage);
		}
		if (connectorItems > 0) {
			stage("preview+sync", Bench::previewAndSync);
		}
		stage("heap", Bench::heap);
		if (!seeded) {
			note("the logbook was not fully seeded, so the timings above are not comparable");
		}
	}

	// =====================================================================================================
	// Stages
	// =====================================================================================================

	static void createUser() throws Exception {
		String body = "{\"email\":\"" + email + "\",\"password\":\"" + password
				+ "\",\"name\":\"Bench Pilot\",\"create_api_key\":true}";
		Resp r = send(api, HttpRequest.newBuilder(uri("/api/admin/users"))
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		expect(r, 201, "POST /api/admin/users");
		apiKey = jsonString(r.body, "api_key");
		if (apiKey == null) {
			throw new Mismatch("POST /api/admin/users answered 201 without data.attributes.api_key: " + snippet(r.body));
		}
		log("created user %s, API key %s…", email, apiKey.substring(0, Math.min(8, apiKey.length())));
		// one authenticated no-op, so a broken key shows up here rather than in the load phase
		expect(send(api, apiGet("/v1/ping")), 200, "GET /v1/ping");
	}

	static final String[][] AIRCRAFT = { { "C-GABC", "C172" }, { "C-FDEF", "PA28" }, { "N123AB", "C172" },
			{ "G-BXYZ", "DA40" }, { "C-GSRX", "SR22" } };

	static final String[] AIRPORTS = { "CYTZ", "CYOO", "EGLL", "KJFK", "K1C5", "KBOS", "CYYZ", "EGKK" };

	/** A deterministic, valid flight for index {@code i}: the same logbook on every run. */
	static String flightJson(int i, LocalDate today) {
		Random rnd = new Random(0x5EED_0000L + i);
		LocalDate date = today.minusDays(1 + rnd.nextInt(15 * 365));
		String[] aircraft = AIRCRAFT[rnd.nextInt(AIRCRAFT.length)];
		String from = AIRPORTS[rnd.nextInt(AIRPORTS.length)];
		String to;
		do {
			to = AIRPORTS[rnd.nextInt(AIRPORTS.length)];
		}
		while (to.equals(from));
		int block = 30 + rnd.nextInt(271); // 30..300 minutes
		LocalTime departure = LocalTime.of(6 + rnd.nextInt(10), 5 * rnd.nextInt(12)); // 06:00..15:55
		LocalTime arrival = departure.plusMinutes(block); // at most 20:55, same day
		int night = rnd.nextInt(100) < 15 ? Math.min(block, 20 + rnd.nextInt(block)) : 0;
		int landings = 1 + (rnd.nextInt(100) < 20 ? rnd.nextInt(3) : 0);
		return "{\"flight_date\":\"" + date + "\",\"aircraft_registration\":\"" + aircraft[0]
				+ "\",\"aircraft_type\":\"" + aircraft[1] + "\",\"departure_airport\":\"" + from
				+ "\",\"arrival_airport\":\"" + to + "\",\"departure_time\":\"" + departure
				+ "\",\"arrival_time\":\"" + arrival + "\",\"block_time_minutes\":" + block
				+ ",\"pic_time_minutes\":" + block + ",\"night_minutes\":" + night + ",\"landings_day\":" + landings
				+ ",\"takeoffs_day\":" + landings + ",\"remarks\":\"bench #" + i + "\"}";
	}

	static void seed() throws Exception {
		LocalDate today = LocalDate.now();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger created = new AtomicInteger();
		AtomicInteger retries = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicReference<String> fatal = new AtomicReference<>();
		int step = Math.max(1, flights / 10);
		long t0 = System.nanoTime();
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int w = 0; w < seedConcurrency; w++) {
				workers.submit(() -> {
					int i;
					while (!stop.get() && (i = next.getAndIncrement()) < flights) {
						String body = flightJson(i, today);
						HttpRequest request = HttpRequest.newBuilder(uri("/v1/me/flight-logs"))
							.timeout(REQUEST_TIMEOUT)
							.header("Authorization", "Bearer " + apiKey)
							.header("Content-Type", "application/json")
							.header("Accept", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build();
						for (int attempt = 1;; attempt++) {
							String problem;
							try {
								HttpResponse<String> r = api.send(request, HttpResponse.BodyHandlers.ofString());
								if (r.statusCode() == 201) {
									int n = created.incrementAndGet();
									if (n % step == 0) {
										log("  seeded %,d / %,d flights", n, flights);
									}
									break;
								}
								problem = "HTTP " + r.statusCode() + ": " + snippet(r.body());
								if (r.statusCode() < 500) { // a 4xx is a contract mismatch: retrying will not help
									fatal.compareAndSet(null, "POST /v1/me/flight-logs answered " + problem
											+ "\n    request body: " + body);
									stop.set(true);
									break;
								}
							}
							catch (IOException e) {
								problem = e.toString();
							}
							catch (InterruptedException e) {
								return;
							}
							if (attempt >= 5) {
								fatal.compareAndSet(null, "POST /v1/me/flight-logs failed 5 times; last: " + problem);
								stop.set(true);
								break;
							}
							retries.incrementAndGet();
							sleep(100L * attempt);
						}
					}
				});
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		if (fatal.get() != null) {
			throw new Mismatch(fatal.get() + "\n    (" + created.get() + " flights had been created)");
		}
		row("seed " + fmtInt(flights) + " flights (" + seedConcurrency + " clients)",
				String.format(Locale.ROOT, "%.1f s (%,.0f flights/s)", seconds, created.get() / seconds), "—", "—");
		if (retries.get() > 0) {
			note("seeding needed " + retries.get() + " retries after 5xx answers or I/O errors");
		}
		// Sanity: the list endpoint must see exactly the flights we created
		Resp r = send(api, apiGet("/v1/me/flight-logs?page=1&per_page=1"));
		expect(r, 200, "GET /v1/me/flight-logs?page=1&per_page=1");
		Long total = jsonLong(r.body, "total");
		row("flights listed (meta.total)", total == null ? "missing" : fmtInt(total), fmtInt(flights),
				total != null && total == flights ? "yes" : "NO");
		if (total == null || total != flights) {
			note("GET /v1/me/flight-logs meta.total is " + total + ", expected " + flights + ": " + snippet(r.body));
		}
	}

	static void apiLoad() throws Exception {
		HttpRequest ping = apiGet("/v1/ping").build();
		HttpRequest list = apiGet("/v1/me/flight-logs?page=1&per_page=50").build();

		Resp first = send(api, apiGet("/v1/me/flight-logs?page=1&per_page=50"));
		expect(first, 200, "GET /v1/me/flight-logs?page=1&per_page=50");
		int items = countDataItems(first.body);
		if (items != 50) {
			note("GET /v1/me/flight-logs?page=1&per_page=50 returned " + items + " items, expected 50");
		}

		log("warm-up: %d clients, %.0f s per endpoint", concurrency, warmupSeconds);
		load(ping, warmupSeconds);
		load(list, warmupSeconds);
		log("measure GET /v1/ping: %d clients, %.0f s", concurrency, durationSeconds);
		Load p = load(ping, durationSeconds);
		log("measure GET /v1/me/flight-logs?page=1&per_page=50: %d clients, %.0f s", concurrency, durationSeconds);
		Load f = load(list, durationSeconds);

		String c = " (" + concurrency + " clients)";
		row("GET /v1/ping throughput" + c, fmtRate(p.throughput()), "—", "—");
		row("GET /v1/ping p50 / p99", fmtMs(p.p(50)) + " / " + fmtMs(p.p(99)), "—", "—");
		row("GET /v1/me/flight-logs (50/page) throughput" + c, fmtRate(f.throughput()), "—", "—");
		row("GET /v1/me/flight-logs (50/page) p50 / p99", fmtMs(f.p(50)) + " / " + fmtMs(f.p(99)), "—", "—");
		double ratio = p.throughput() == 0 ? 0 : f.throughput() / p.throughput();
		row("throughput ratio flight-logs / ping", String.format(Locale.ROOT, "%.2f", ratio),
				"≥ " + RATIO_TARGET, ratio >= RATIO_TARGET ? "yes" : "NO");
		row("flight-logs page size", String.format(Locale.ROOT, "%.1f KiB, %d items", first.body.length() / 1024.0,
				items), "—", "—");
		for (Load l : List.of(p, f)) {
			if (l.errors > 0) {
				note(l.name + ": " + l.errors + " of " + (l.ok + l.errors) + " requests failed (first: " + l.firstError
						+ "); throughput counts successful requests only");
			}
		}
	}

	static void signIn() throws Exception {
		pages = signedIn(email);
	}

	/** A client holding a page session of {@code email} (form login with its CSRF token). */
	static HttpClient signedIn(String email) throws Exception {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient pages = client(cookies);
		Resp form = send(pages, HttpRequest.newBuilder(uri("/login")).GET());
		expect(form, 200, "GET /login");
		String csrf = csrfToken(form.body);
		if (csrf == null) {
			throw new Mismatch("GET /login has no hidden input name=\"_csrf\" (nor a meta _csrf): "
					+ snippet(form.body));
		}
		String body = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
		Resp login = send(pages, HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		String location = login.response.headers().firstValue("Location").orElse("");
		if (login.status != 302 || !location.matches("(?:https?://[^/]+)?/logbook(?:[?;#].*)?")) {
			throw new Mismatch("POST /login answered HTTP " + login.status + " Location: '" + location
					+ "', expected 302 to /logbook; body: " + snippet(login.body));
		}
		List<String> names = cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
		if (!names.contains("SESSION")) {
			note("after sign-in the cookie jar holds " + names + ", no SESSION cookie");
		}
		log("signed in as %s (cookies: %s)", email, names);
		return pages;
	}

	static void logbookPage() throws Exception {
		Resp first = send(pages, HttpRequest.newBuilder(uri("/logbook")).GET());
		if (first.status != 200) {
			throw new Mismatch("GET /logbook (signed in) answered HTTP " + first.status
					+ first.response.headers().firstValue("Location").map(l -> " Location: " + l).orElse("") + ": "
					+ snippet(first.body));
		}
		Seq s = sequential(pages, HttpRequest.newBuilder(uri("/logbook")).timeout(REQUEST_TIMEOUT).GET().build(),
				"GET /logbook");
		row("GET /logbook (signed in) p50", fmtMs(s.p(50)), "< " + fmt(LOGBOOK_TARGET_MS) + " ms",
				s.p(50) < LOGBOOK_TARGET_MS ? "yes" : "NO");
		row("GET /logbook (signed in) p99", fmtMs(s.p(99)), "< " + fmt(LOGBOOK_TARGET_MS) + " ms",
				s.p(99) < LOGBOOK_TARGET_MS ? "yes" : "NO");
		row("logbook page size", String.format(Locale.ROOT, "%.1f KiB", first.body.length() / 1024.0), "—", "—");
	}

	static void totals() throws Exception {
		Resp first = send(api, apiGet("/v1/me/totals"));
		expect(first, 200, "GET /v1/me/totals");
		Seq s = sequential(api, apiGet("/v1/me/totals").build(), "GET /v1/me/totals");
		row("GET /v1/me/totals p50", fmtMs(s.p(50)), "< " + fmt(TOTALS_TARGET_MS) + " ms",
				s.p(50) < TOTALS_TARGET_MS ? "yes" : "NO");
		row("GET /v1/me/totals p99", fmtMs(s.p(99)), "< " + fmt(TOTALS_TARGET_MS) + " ms",
				s.p(99) < TOTALS_TARGET_MS ? "yes" : "NO");
	}

	// ---- API access (issue 6): what authentication and the organization's rate limit cost per request ----

	static final double API_OVERHEAD_TARGET = 0.8;

	/**
	 * GET /v1/ping with an organization API key (its organization on the enterprise plan with the limit out of the
	 * way, so every request verifies the key and takes a token from the organization's shared bucket, in PostgreSQL
	 * on that pass) next to GET /v1/public/ping, which needs no key: the same /v1 filter chain without authentication,
	 * counted per client address in the node's memory. Measured in two alternating rounds to even out other load.
	 */
	static void apiOverheadStage() throws Exception {
		Resp org = postJson("/v1/organizations", apiKey,
				"{\"name\":\"Bench Flight School\",\"time_zone\":\"UTC\",\"currency\":\"EUR\"}");
		expect(org, 201, "POST /v1/organizations");
		String orgId = jsonString(org.body, "id");
		Resp plan = send(api, HttpRequest.newBuilder(uri("/api/admin/organizations/" + orgId + "/api-access"))
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"plan\":\"enterprise\",\"requests_per_hour\":1000000000}")));
		expect(plan, 200, "PUT /api/admin/organizations/{id}/api-access");
		Resp created = postJson("/v1/organizations/" + orgId + "/api-keys", apiKey,
				"{\"name\":\"bench\",\"role\":\"member\"}");
		expect(created, 201, "POST /v1/organizations/{id}/api-keys");
		String orgKey = jsonString(created.body, "key");
		HttpRequest keyed = HttpRequest.newBuilder(uri("/v1/ping"))
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + orgKey)
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpRequest open = HttpRequest.newBuilder(uri("/v1/public/ping"))
			.timeout(REQUEST_TIMEOUT)
			.header("Accept", "application/json")
			.GET()
			.build();
		Resp check = send(api, HttpRequest.newBuilder(keyed.uri()).headers("Authorization", "Bearer " + orgKey).GET());
		expect(check, 200, "GET /v1/ping with an organization key");
		String limit = check.response.headers().firstValue("X-RateLimit-Limit").orElse("");
		if (!limit.equals("1000000000")) {
			throw new Mismatch("GET /v1/ping with an organization key answered X-RateLimit-Limit " + limit
					+ ", expected the organization's 1000000000: the organization's bucket was not used");
		}
		Resp anonymous = send(api, HttpRequest.newBuilder(open.uri()).GET());
		expect(anonymous, 200, "GET /v1/public/ping");

		log("warm-up: %d clients, %.0f s per endpoint", concurrency, warmupSeconds);
		load(open, warmupSeconds);
		load(keyed, warmupSeconds);
		Load o = null;
		Load k = null;
		for (int round = 0; round < 2; round++) {
			log("measure GET /v1/public/ping and GET /v1/ping (organization key), round %d: %.1f s each", round + 1,
					durationSeconds / 2);
			o = combined(o, load(open, durationSeconds / 2));
			k = combined(k, load(keyed, durationSeconds / 2));
		}
		String c = " (" + concurrency + " clients)";
		row("GET /v1/public/ping (no key) throughput" + c, fmtRate(o.throughput()), "—", "—");
		row("GET /v1/public/ping (no key) p50 / p99", fmtMs(o.p(50)) + " / " + fmtMs(o.p(99)), "—", "—");
		row("GET /v1/ping (organization key, organization bucket) throughput" + c, fmtRate(k.throughput()), "—",
				"—");
		row("GET /v1/ping (organization key) p50 / p99", fmtMs(k.p(50)) + " / " + fmtMs(k.p(99)), "—", "—");
		double ratio = o.throughput() == 0 ? 0 : k.throughput() / o.throughput();
		row("throughput ratio organization-key ping / public ping", String.format(Locale.ROOT, "%.2f", ratio),
				"≥ " + API_OVERHEAD_TARGET, ratio >= API_OVERHEAD_TARGET ? "yes" : "NO");
		for (Load l : List.of(o, k)) {
			if (l.errors > 0) {
				note(l.name + ": " + l.errors + " of " + (l.ok + l.errors) + " requests failed (first: " + l.firstError
						+ "); throughput counts successful requests only");
			}
		}
	}

	/** Two measurements of one endpoint as one: counts and time added, latencies merged. */
	static Load combined(Load a, Load b) {
		if (a == null) {
			return b;
		}
		long[] all = new long[a.nanos.length + b.nanos.length];
		System.arraycopy(a.nanos, 0, all, 0, a.nanos.length);
		System.arraycopy(b.nanos, 0, all, a.nanos.length, b.nanos.length);
		Arrays.sort(all);
		return new Load(a.name, a.ok + b.ok, a.errors + b.errors, a.firstError != null ? a.firstError : b.firstError,
				a.seconds + b.seconds, all);
	}

	static void heap() throws Exception {
		row("server heap used after the run", String.format(Locale.ROOT, "%.0f MiB", heapMiB()), "—", "—");
	}

	/** The server's used heap now, from /actuator/metrics (behind the page sign-in). */
	static double heapMiB() throws Exception {
		return heapMiB("jvm.memory.used");
	}

	/** A heap metric (jvm.memory.used, jvm.memory.max) in MiB. */
	static double heapMiB(String metric) throws Exception {
		String path = "/actuator/metrics/" + metric + "?tag=area:heap";
		HttpClient c = pages != null ? pages : api; // /actuator/metrics sits behind the page sign-in
		Resp r = send(c, HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
		if (r.status != 200) {
			throw new Mismatch("GET " + path + (pages != null ? " (signed-in session)" : "") + " answered HTTP "
					+ r.status + r.response.headers().firstValue("Location").map(l -> " Location: " + l).orElse("")
					+ ": " + snippet(r.body));
		}
		Matcher m = Pattern.compile("\"measurements\"\\s*:\\s*\\[\\s*\\{[^}]*?\"value\"\\s*:\\s*([-+0-9.eE]+)")
			.matcher(r.body);
		if (!m.find()) {
			throw new Mismatch("GET " + path + " has no measurements[0].value: " + snippet(r.body));
		}
		return Double.parseDouble(m.group(1)) / (1024.0 * 1024.0);
	}

	// ---- partner connectors (seed 000) ----

	static final String IMPORT_EMAILS_PATH = "/api/v1/connectors/import-emails.php";

	/** A connector created through the admin API: its id and its API key (hbc_...). */
	record CreatedConnector(String id, String key) {
	}

	static PartnerSimulator partner() throws IOException {
		if (partner == null) {
			partner = new PartnerSimulator();
			log("partner simulator on %s", partner.base());
		}
		return partner;
	}

	static CreatedConnector createConnector(String name) throws Exception {
		PartnerSimulator p = partner();
		String body = "{\"name\":\"" + name + "\",\"endpoint_checkuser\":\"" + p.base() + PartnerSimulator.CHECKUSER
				+ "\",\"endpoint_getnewids\":\"" + p.base() + PartnerSimulator.GETNEWIDS
				+ "\",\"access_plan\":9999,\"monthly_user_price\":{\"amount\":\"4.00\",\"currency\":\"EUR\"}}";
		Resp r = postJson("/api/admin/connectors", adminToken, body);
		expect(r, 201, "POST /api/admin/connectors");
		String id = jsonString(r.body, "id");
		String key = jsonString(r.body, "api_key");
		if (id == null || key == null) {
			throw new Mismatch("POST /api/admin/connectors answered 201 without data.id or data.attributes.api_key: "
					+ snippet(r.body));
		}
		return new CreatedConnector(id, key);
	}

	/** {"emails":[...]} with {@link #importEmails} distinct addresses for run {@code run}. */
	static String emailsBody(int run) {
		StringBuilder b = new StringBuilder(importEmails * 40).append("{\"emails\":[");
		for (int i = 0; i < importEmails; i++) {
			b.append(i == 0 ? "" : ",").append("\"pilot-").append(run).append('-').append(i).append("@bench.example.com\"");
		}
		return b.append("]}").toString();
	}

	/** Checks an import-emails answer: every email imported with the given status and a token. */
	static void expectImported(Resp r, String status, String what) throws Mismatch {
		expect(r, 200, what);
		Long count = jsonLong(r.body, status);
		Long invalid = jsonLong(r.body, "invalid");
		int tokens = count(r.body, "\"access_token\"\\s*:\\s*\"[0-9a-f]{64}\"");
		if (count == null || count != importEmails || invalid == null || invalid != 0 || tokens != importEmails) {
			throw new Mismatch(what + " answered summary." + status + " = " + count + ", summary.invalid = " + invalid
					+ " and " + tokens + " access tokens; expected " + importEmails + ", 0 and " + importEmails + ": "
					+ snippet(r.body));
		}
	}

	/**
	 * One call with {@link #importEmails} new emails on a fresh connector, {@link #importRuns} times; then the last
	 * run's emails once more (all "updated"). Request bodies are built before the clock starts.
	 */
	static void importEmailsStage() throws Exception {
		long[] nanos = new long[importRuns];
		String body = null;
		CreatedConnector connector = null;
		Resp last = null;
		for (int run = 0; run < importRuns; run++) {
			connector = createConnector("Bench import " + (run + 1));
			body = emailsBody(run + 1);
			long t0 = System.nanoTime();
			last = postJson(IMPORT_EMAILS_PATH, connector.key(), body);
			nanos[run] = System.nanoTime() - t0;
			expectImported(last, "inserted", "POST " + IMPORT_EMAILS_PATH + " (" + fmtInt(importEmails) + " new)");
			log("  import-emails run %d: %,d new emails in %.2f s", run + 1, importEmails, nanos[run] / 1e9);
		}
		long t0 = System.nanoTime();
		Resp again = postJson(IMPORT_EMAILS_PATH, connector.key(), body);
		long againNanos = System.nanoTime() - t0;
		expectImported(again, "updated", "POST " + IMPORT_EMAILS_PATH + " (the same " + fmtInt(importEmails) + " again)");
		log("  import-emails again: %,d updated in %.2f s", importEmails, againNanos / 1e9);

		Arrays.sort(nanos);
		double p50 = percentileMs(nanos, 50) / 1000;
		double max = nanos[nanos.length - 1] / 1e9;
		String n = fmtInt(importEmails);
		String target = "< " + fmt(IMPORT_EMAILS_TARGET_S) + " s";
		row("import-emails " + n + " new, p50 of " + importRuns + " runs", fmtS(p50), target,
				p50 < IMPORT_EMAILS_TARGET_S ? "yes" : "NO");
		row("import-emails " + n + " new, max of " + importRuns + " runs", fmtS(max), target,
				max < IMPORT_EMAILS_TARGET_S ? "yes" : "NO");
		row("import-emails the same " + n + " again (all updated)", fmtS(againNanos / 1e9), "—", "—");
		row("import-emails request / response size", fmtMiB(body.length()) + " / " + fmtMiB(last.body.length()), "—",
				"—");
	}

	/**
	 * A pilot allowed by a fresh connector, with the aircraft the items name, previews and then syncs a
	 * {@link #connectorItems}-item answer. The partner simulator's serving time of each fetch is subtracted.
	 */
	static void previewAndSync() throws Exception {
		// Before the clock: the partner's answer, serialized once; the connector; the pilot and its aircraft.
		PartnerSimulator p = partner();
		LocalDate today = LocalDate.now();
		StringBuilder items = new StringBuilder(connectorItems * 400).append("{\"items\":[");
		for (int i = 0; i < connectorItems; i++) {
			String flight = flightJson(i, today); // a valid flight in one of AIRCRAFT between known airports
			items.append(i == 0 ? "" : ",").append("{\"partner_item_uid\":\"bench-flight-").append(i).append("\",")
				.append(flight, 1, flight.length());
		}
		p.getnewids = items.append("]}").toString().getBytes(StandardCharsets.UTF_8);
		CreatedConnector connector = createConnector("Bench partner");
		String pilotEmail = email.replaceFirst("@", "+connector@");
		Resp user = postJson("/api/admin/users", adminToken, "{\"email\":\"" + pilotEmail + "\",\"password\":\""
				+ password + "\",\"name\":\"Bench Connector Pilot\",\"create_api_key\":true}");
		expect(user, 201, "POST /api/admin/users (" + pilotEmail + ")");
		String pilotKey = jsonString(user.body, "api_key");
		if (pilotKey == null) {
			throw new Mismatch("POST /api/admin/users answered 201 without data.attributes.api_key: " + snippet(user.body));
		}
		Resp allowed = postJson(IMPORT_EMAILS_PATH, connector.key(), "{\"emails\":[\"" + pilotEmail + "\"]}");
		expect(allowed, 200, "POST " + IMPORT_EMAILS_PATH + " (the pilot's email)");
		for (String[] aircraft : AIRCRAFT) {
			expect(postJson("/v1/me/aircraft", pilotKey, "{\"registration\":\"" + aircraft[0] + "\",\"type_code\":\""
					+ aircraft[1] + "\",\"category_class\":\"asel\",\"engine_count\":1}"), 201,
					"POST /v1/me/aircraft " + aircraft[0]);
		}
		String connection = "/v1/me/connectors/" + connector.id();
		Resp check = postJson(connection + "/check", pilotKey, null);
		expect(check, 200, "POST " + connection + "/check");
		if (!check.body.matches("(?s).*\"linked\"\\s*:\\s*true.*")) {
			throw new Mismatch("POST " + connection + "/check did not answer linked: true: " + snippet(check.body));
		}

		HeapSampler heap = HeapSampler.start();
		Timed preview;
		Timed sync;
		try {
			preview = timedFetch(connection + "/preview", pilotKey);
			expect(preview.resp, 200, "POST " + connection + "/preview");
			sync = timedFetch(connection + "/sync", pilotKey);
			expect(sync.resp, 200, "POST " + connection + "/sync");
		}
		finally {
			heap.stop();
		}
		double heapPeak = heap.stop();
		double heapAfter = pages != null ? heapMiB() : Double.NaN;
		double heapMax = pages != null ? heapMiB("jvm.memory.max") : Double.NaN;

		String n = fmtInt(connectorItems);
		row("partner answer (built once, before timing)",
				fmtMiB(p.getnewids.length) + ", " + n + " items; served in " + fmtMs(preview.partnerSeconds() * 1000) + " + "
						+ fmtMs(sync.partnerSeconds() * 1000) + " (subtracted)", "—", "—");
		row("POST preview " + n + " items, partner excluded",
				fmtS(preview.seconds()) + " (wall " + fmtS(preview.wallSeconds()) + ")", "—", "—");
		row("POST sync " + n + " items, partner excluded",
				fmtS(sync.seconds()) + " (wall " + fmtS(sync.wallSeconds()) + ")", "—", "—");
		double both = preview.seconds() + sync.seconds();
		row("preview + sync " + n + " items, partner excluded", fmtS(both), "< " + fmt(PREVIEW_SYNC_TARGET_S) + " s",
				both < PREVIEW_SYNC_TARGET_S ? "yes" : "NO");
		row("preview response size", fmtMiB(preview.resp.body.length()), "—", "—");
		if (!Double.isNaN(heapPeak)) {
			row("server heap used, highest sample during preview + sync", String.format(Locale.ROOT,
					"%.0f MiB of %.0f MiB max (%d samples, every %d ms)", heapPeak, heapMax, heap.samples.get(),
					HeapSampler.EVERY_MS), "—", "—");
			row("server heap used after preview + sync", String.format(Locale.ROOT, "%.0f MiB", heapAfter), "—", "—");
		}
		else {
			note("the heap was not sampled during preview + sync: " + heap.problem());
		}
		for (Timed t : List.of(preview, sync)) {
			if (t.fetches.size() != 1) {
				note(t.path + " made " + t.fetches.size() + " getnewids calls to the partner, expected 1");
			}
		}

		// The contract: every item staged ready, then every item imported.
		Map<String, Integer> statuses = new TreeMap<>();
		Matcher m = Pattern.compile("\"status\"\\s*:\\s*\"([a-z_]+)\"").matcher(preview.resp.body);
		while (m.find()) {
			statuses.merge(m.group(1), 1, Integer::sum);
		}
		Long received = jsonLong(sync.resp.body, "received");
		Long imported = jsonLong(sync.resp.body, "imported");
		Resp listed = send(api, HttpRequest.newBuilder(uri("/v1/me/flight-logs?page=1&per_page=1"))
			.header("Authorization", "Bearer " + pilotKey).header("Accept", "application/json").GET());
		expect(listed, 200, "GET /v1/me/flight-logs?page=1&per_page=1 (the connector pilot)");
		Long total = jsonLong(listed.body, "total");
		boolean ok = imported != null && imported == connectorItems && total != null && total == connectorItems;
		row("sync imported / flights listed", (imported == null ? "missing" : fmtInt(imported)) + " / "
				+ (total == null ? "missing" : fmtInt(total)), n, ok ? "yes" : "NO");
		List<String> problems = new ArrayList<>();
		if (statuses.getOrDefault("ready", 0) != connectorItems) {
			int at = preview.resp.body.indexOf("\"reasons\":[\"");
			problems.add("the preview staged " + statuses + ", expected " + n + " ready"
					+ (at < 0 ? "" : "; first reasons: " + snippet(preview.resp.body.substring(at,
							Math.min(preview.resp.body.length(), at + 300)))));
		}
		if (received == null || received != connectorItems || !ok) {
			problems.add("the sync answered received " + received + ", imported " + imported + " and the pilot's list"
					+ " shows " + total + " flights, expected " + n + " each: " + snippet(sync.resp.body));
		}
		if (!problems.isEmpty()) {
			throw new Mismatch(String.join("; ", problems));
		}
	}

	/** A call to Hobbs that makes Hobbs call the partner, with the partner's serving time of those calls. */
	record Timed(String path, Resp resp, long wallNanos, List<PartnerSimulator.Served> fetches) {
		long partnerNanos() {
			return fetches.stream().mapToLong(PartnerSimulator.Served::nanos).sum();
		}

		double partnerSeconds() {
			return partnerNanos() / 1e9;
		}

		double wallSeconds() {
			return wallNanos / 1e9;
		}

		double seconds() {
			return (wallNanos - partnerNanos()) / 1e9;
		}
	}

	static Timed timedFetch(String path, String key) throws Exception {
		int before = partner.served.size();
		long t0 = System.nanoTime();
		Resp r = postJson(path, key, null);
		long wall = System.nanoTime() - t0;
		List<PartnerSimulator.Served> fetches;
		synchronized (partner.served) {
			fetches = partner.served.subList(before, partner.served.size())
				.stream()
				.filter(s -> s.endpoint().equals("getnewids"))
				.toList();
		}
		log("  POST %s: %.2f s wall, partner %.2f s, Hobbs %.2f s", path, wall / 1e9,
				fetches.stream().mapToLong(PartnerSimulator.Served::nanos).sum() / 1e9,
				(wall - fetches.stream().mapToLong(PartnerSimulator.Served::nanos).sum()) / 1e9);
		return new Timed(path, r, wall, fetches);
	}

	/**
	 * A partner server as seed 000 describes it, on loopback: checkuser answers {"ok": true}, getnewids answers a
	 * body serialized beforehand. Each request's serving time, from the handler's start (request line and headers
	 * read) to the last byte written, is kept so that the bench can subtract it.
	 */
	static final class PartnerSimulator implements AutoCloseable {

		static final String CHECKUSER = "/connector/checkuser.php";
		static final String GETNEWIDS = "/connector/getnewids.php";
		static final byte[] OK = "{\"ok\": true}".getBytes(StandardCharsets.UTF_8);

		record Served(String endpoint, int status, long bytes, long nanos) {
		}

		final HttpServer server;
		final List<Served> served = Collections.synchronizedList(new ArrayList<>());
		volatile byte[] getnewids = "{\"items\": []}".getBytes(StandardCharsets.UTF_8);

		PartnerSimulator() throws IOException {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.createContext(CHECKUSER, exchange -> serve(exchange, "checkuser", OK));
			server.createContext(GETNEWIDS, exchange -> serve(exchange, "getnewids", getnewids));
			server.start();
		}

		String base() {
			return "http://127.0.0.1:" + server.getAddress().getPort();
		}

		void serve(HttpExchange exchange, String endpoint, byte[] body) {
			long t0 = System.nanoTime();
			int status = 200;
			try (exchange) {
				exchange.getRequestBody().readAllBytes();
				if (!"POST".equals(exchange.getRequestMethod())) {
					status = 405;
					body = "{\"error\": \"POST only\"}".getBytes(StandardCharsets.UTF_8);
				}
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(status, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			catch (IOException e) {
				status = -1; // Hobbs hung up
			}
			served.add(new Served(endpoint, status, body.length, System.nanoTime() - t0));
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

	/** Polls the server's used heap in the background and keeps the highest sample. */
	static final class HeapSampler {

		static final int EVERY_MS = 250;

		final AtomicBoolean stop = new AtomicBoolean();
		final AtomicInteger samples = new AtomicInteger();
		final AtomicReference<Double> highest = new AtomicReference<>(Double.NaN);
		final AtomicReference<String> problem = new AtomicReference<>();
		Thread thread;

		static HeapSampler start() {
			HeapSampler s = new HeapSampler();
			if (pages == null) {
				s.problem.set("no signed-in session for /actuator/metrics");
				return s;
			}
			s.thread = Thread.ofVirtual().start(() -> {
				while (!s.stop.get()) {
					try {
						double mib = heapMiB();
						s.samples.incrementAndGet();
						s.highest.accumulateAndGet(mib, (a, b) -> Double.isNaN(a) || b > a ? b : a);
					}
					catch (Exception e) {
						s.problem.compareAndSet(null, e.getMessage());
						return;
					}
					sleep(EVERY_MS);
				}
			});
			return s;
		}

		double stop() throws InterruptedException {
			stop.set(true);
			if (thread != null) {
				thread.join();
			}
			return problem.get() != null ? Double.NaN : highest.get();
		}

		String problem() {
			return problem.get();
		}

	}

	// ---- MyFlightbook import (seed 002) ----

	/**
	 * A pilot connects MyFlightbook through the OAuth flow (Hobbs' authorize, the simulator's consent redirect, Hobbs'
	 * callback, all over HTTP with the page session), waits for the first sync that connecting starts (an empty
	 * account), and then triggers a sync of a {@link #mfbFlights}-flight logbook with POST
	 * /v1/me/integrations/myflightbook/sync, polling GET /v1/me/integrations/myflightbook until the job has ended. The
	 * simulator's serving time is subtracted for the work; with spacing the total is compared with calls × spacing.
	 */
	static void myflightbookStage() throws Exception {
		// Before the clock: the simulator, its logbook serialized once, the pilot with an API key and a page session.
		mfb = new MfbSimulator(mfbPort, mfbClientId, mfbClientSecret);
		log("MyFlightbook simulator on %s", mfb.base());
		List<MfbSimulator.Flight> logbook = MfbSimulator.logbook(mfbFlights, LocalDate.now());
		String pilotEmail = email.replaceFirst("@", "+mfb@");
		Resp user = postJson("/api/admin/users", adminToken, "{\"email\":\"" + pilotEmail + "\",\"password\":\""
				+ password + "\",\"name\":\"Bench MyFlightbook Pilot\",\"create_api_key\":true}");
		expect(user, 201, "POST /api/admin/users (" + pilotEmail + ")");
		String pilotKey = jsonString(user.body, "api_key");
		if (pilotKey == null) {
			throw new Mismatch("POST /api/admin/users answered 201 without data.attributes.api_key: " + snippet(user.body));
		}
		HttpClient session = signedIn(pilotEmail);
		if (pages == null) {
			pages = session; // for /actuator/metrics
		}

		connectMyFlightbook(session, pilotKey);
		// Connecting starts the first sync; the simulator's account is still empty, so it only reads aircraft, one
		// empty page, currency and totals.
		long t0 = System.nanoTime();
		String firstJob = null;
		String firstStatus = null;
		while (System.nanoTime() - t0 < 120e9) {
			Resp shown = mfbIntegration(pilotKey);
			firstJob = latestSync(shown.body, "id");
			firstStatus = latestSync(shown.body, "status");
			if ("completed".equals(firstStatus) || "failed".equals(firstStatus)) {
				break;
			}
			sleep(100);
		}
		if (!"completed".equals(firstStatus)) {
			throw new Mismatch("the sync that connecting starts did not complete within 120 s (latest_sync " + firstJob
					+ ": " + firstStatus + ")" + ("queued".equals(firstStatus)
							? "; a job that stays queued means db-scheduler did not run it" : ""));
		}
		log("  first sync on connect (empty account) done in %.2f s", (System.nanoTime() - t0) / 1e9);

		mfb.flights(logbook);
		int servedBefore = mfb.served.size();
		HeapSampler heap = HeapSampler.start();
		double cpuBefore = serverCpuSeconds();
		long start = System.nanoTime();
		long end;
		Resp queued;
		String jobId;
		String status = null;
		String body = null;
		try {
			queued = postJson("/v1/me/integrations/myflightbook/sync", pilotKey, null);
			long answered = System.nanoTime();
			expect(queued, 202, "POST /v1/me/integrations/myflightbook/sync");
			jobId = jsonString(queued.body, "id");
			if (jobId == null || jobId.equals(firstJob)) {
				throw new Mismatch("POST /v1/me/integrations/myflightbook/sync answered job " + jobId
						+ ", expected a new one (the first sync was " + firstJob + "): " + snippet(queued.body));
			}
			log("  POST .../sync answered 202 in %.0f ms (job %s)", (answered - start) / 1e6, jobId);
			long pollMs = mfbSpacingMs == 0 ? 25 : 100;
			long deadline = start + (long) ((120 + mfbFlights / 50.0 * Math.max(mfbSpacingMs, 0) / 1000 * 2) * 1e9);
			while (true) {
				Resp shown = mfbIntegration(pilotKey);
				if (jobId.equals(latestSync(shown.body, "id"))) {
					status = latestSync(shown.body, "status");
					if ("completed".equals(status) || "failed".equals(status)) {
						end = System.nanoTime();
						body = shown.body;
						break;
					}
				}
				if (System.nanoTime() > deadline) {
					throw new Mismatch("the sync job " + jobId + " had not ended after " + (deadline - start) / 1_000_000_000
							+ " s (status " + status + "): " + snippet(shown.body));
				}
				sleep(pollMs);
			}
		}
		finally {
			heap.stop();
		}
		double cpuAfter = serverCpuSeconds();
		double heapPeak = heap.stop();
		double heapAfter = heapMiB();
		double heapMax = heapMiB("jvm.memory.max");
		List<MfbSimulator.Served> served;
		synchronized (mfb.served) {
			served = new ArrayList<>(mfb.served.subList(servedBefore, mfb.served.size()));
		}
		long simulatorNanos = served.stream().mapToLong(MfbSimulator.Served::nanos).sum();
		long resourceCalls = served.stream().filter(s -> s.endpoint().startsWith("resource")).count();
		long flightPages = served.stream().filter(s -> s.endpoint().equals("resource:FlightsWithQueryAndOffset")).count();
		long tokenCalls = served.stream().filter(s -> s.endpoint().equals("token")).count();
		double wall = (end - start) / 1e9;
		double work = (end - start - simulatorNanos) / 1e9;
		if (!"completed".equals(status)) {
			throw new Mismatch("the sync job " + jobId + " ended " + status + ": " + snippet(body));
		}

		String n = fmtInt(mfbFlights);
		String spacing = mfbSpacingMs + " ms";
		row("MFB " + n + " flights, spacing " + spacing + ": calls to the simulator",
				resourceCalls + " web-service calls (" + flightPages + " pages of ≤ 50 flights) + " + tokenCalls
						+ " token calls; served in " + fmtS(simulatorNanos / 1e9) + " (subtracted)", "—", "—");
		if (mfbSpacingMs == 0) {
			row("MFB sync " + n + " flights, spacing 0, simulator excluded", fmtS(work) + " (wall " + fmtS(wall) + ")",
					"< " + fmt(MFB_WORK_TARGET_S) + " s", work < MFB_WORK_TARGET_S ? "yes" : "NO");
		}
		else {
			double floor = resourceCalls * mfbSpacingMs / 1000.0;
			double over = floor == 0 ? Double.NaN : (wall - floor) / floor;
			row("MFB sync " + n + " flights, spacing " + spacing + ", total",
					fmtS(wall) + " = " + String.format(Locale.ROOT, "%+.1f%%", over * 100) + " vs " + resourceCalls
							+ " × " + spacing + " = " + fmtS(floor) + " (work " + fmtS(work) + ")",
					"within " + Math.round(MFB_SPACED_TOLERANCE * 100) + "% of calls × " + spacing,
					Math.abs(over) <= MFB_SPACED_TOLERANCE ? "yes" : "NO");
		}
		if (!Double.isNaN(cpuBefore) && !Double.isNaN(cpuAfter)) {
			row("server CPU time during the MFB sync (spacing " + spacing + ")",
					fmtS(cpuAfter - cpuBefore) + " user + system, all threads (includes answering the status polls)",
					"—", "—");
		}
		Instant created = instant(latestSync(body, "created_at"));
		Instant started = instant(latestSync(body, "started_at"));
		Instant finished = instant(latestSync(body, "finished_at"));
		if (created != null && started != null && finished != null) {
			row("MFB sync, spacing " + spacing + ": queued → started → finished (server clock)",
					fmtMs(Duration.between(created, started).toNanos() / 1e6) + " to start, "
							+ fmtS(Duration.between(started, finished).toNanos() / 1e9) + " running", "—", "—");
		}
		if (!Double.isNaN(heapPeak)) {
			row("server heap used, highest sample during the MFB sync (spacing " + spacing + ")",
					String.format(Locale.ROOT, "%.0f MiB of %.0f MiB max (%d samples, every %d ms)", heapPeak, heapMax,
							heap.samples.get(), HeapSampler.EVERY_MS), "—", "—");
		}
		else {
			note("the heap was not sampled during the MFB sync: " + heap.problem());
		}
		row("server heap used after the MFB sync (spacing " + spacing + ")",
				String.format(Locale.ROOT, "%.0f MiB", heapAfter), "—", "—");

		// The contract: every flight imported once, nothing written to MyFlightbook.
		Long imported = jsonLong(body, "imported");
		Long seen = jsonLong(body, "flights_seen");
		Resp listed = send(api, HttpRequest.newBuilder(uri("/v1/me/flight-logs?page=1&per_page=1"))
			.header("Authorization", "Bearer " + pilotKey).header("Accept", "application/json").GET());
		expect(listed, 200, "GET /v1/me/flight-logs?page=1&per_page=1 (the MyFlightbook pilot)");
		Long total = jsonLong(listed.body, "total");
		boolean ok = imported != null && imported == mfbFlights && total != null && total == mfbFlights;
		row("MFB sync imported / flights listed (spacing " + spacing + ")",
				(imported == null ? "missing" : fmtInt(imported)) + " / " + (total == null ? "missing" : fmtInt(total)),
				n, ok ? "yes" : "NO");
		if (mfb.writeAttempts.get() > 0) {
			throw new Mismatch("Hobbs called MyFlightbook write methods " + mfb.writeAttempts.get() + " times");
		}
		if (!ok || seen == null || seen != mfbFlights) {
			throw new Mismatch("the sync saw " + seen + " flights and imported " + imported + "; the pilot's list shows "
					+ total + ", expected " + n + " each: " + snippet(body));
		}
	}

	/**
	 * GET /api/integrations/myflightbook/authorize → the simulator's consent page, which approves at once and
	 * redirects to the callback with a code → GET the callback with the session; then the API must say connected.
	 */
	static void connectMyFlightbook(HttpClient session, String pilotKey) throws Exception {
		Resp authorize = send(session, HttpRequest.newBuilder(uri("/api/integrations/myflightbook/authorize")).GET());
		String consent = authorize.response.headers().firstValue("Location").orElse("");
		if (authorize.status != 302 || !consent.startsWith(mfb.base() + MfbSimulator.AUTHORIZE)) {
			throw new Mismatch("GET /api/integrations/myflightbook/authorize answered HTTP " + authorize.status
					+ " Location: '" + consent + "', expected 302 to " + mfb.base() + MfbSimulator.AUTHORIZE
					+ " (is MFB_BASE_URL the simulator?)");
		}
		Resp approved = send(client(null), HttpRequest.newBuilder(URI.create(consent)).GET());
		String callback = approved.response.headers().firstValue("Location").orElse("");
		if (approved.status != 302 || !callback.startsWith(base + "/api/integrations/myflightbook/callback?")) {
			throw new Mismatch("the simulator's consent answered HTTP " + approved.status + " Location: '" + callback
					+ "', expected 302 to " + base + "/api/integrations/myflightbook/callback: " + snippet(approved.body));
		}
		Resp back = send(session, HttpRequest.newBuilder(URI.create(callback)).GET());
		String landing = back.response.headers().firstValue("Location").orElse("");
		if (back.status != 302 || !landing.matches("(?:https?://[^/]+)?/logbook(?:[?;#].*)?")) {
			throw new Mismatch("GET /api/integrations/myflightbook/callback answered HTTP " + back.status
					+ " Location: '" + landing + "', expected 302 to /logbook");
		}
		Resp shown = mfbIntegration(pilotKey);
		if (!shown.body.matches("(?s).*\"connected\"\\s*:\\s*true.*")) {
			throw new Mismatch("after the callback GET /v1/me/integrations/myflightbook does not say connected: true"
					+ " (the logbook page would show why): " + snippet(shown.body));
		}
		log("  connected MyFlightbook through authorize → consent → callback");
	}

	/**
	 * The server process's user + system CPU time from /proc/<pid>/stat (in clock ticks of 1/100 s, Linux's USER_HZ),
	 * or NaN without --server-pid or /proc.
	 */
	static double serverCpuSeconds() {
		if (serverPid <= 0) {
			return Double.NaN;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
			// the fields after the command name in parentheses, which may itself hold spaces
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	static Resp mfbIntegration(String pilotKey) throws Exception {
		Resp r = send(api, HttpRequest.newBuilder(uri("/v1/me/integrations/myflightbook"))
			.header("Authorization", "Bearer " + pilotKey)
			.header("Accept", "application/json")
			.GET());
		expect(r, 200, "GET /v1/me/integrations/myflightbook");
		return r;
	}

	/** A string member of {@code latest_sync} in GET /v1/me/integrations/myflightbook. */
	static String latestSync(String json, String key) {
		int at = json.indexOf("\"latest_sync\"");
		if (at < 0) {
			return null;
		}
		int close = json.indexOf('}', at);
		return jsonString(json.substring(at, close < 0 ? json.length() : close + 1), key);
	}

	static Instant instant(String text) {
		try {
			return text == null ? null : Instant.parse(text);
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	/**
	 * MyFlightbook's OAuth2 server and web service as specs/myflightbook-api.md describes them, on loopback (the port
	 * the server's MFB_BASE_URL names): the consent page (which approves at once and redirects with a single-use code
	 * and the state), the token endpoint (POST form; client_id required, else HTTP 400 text; errors as HTTP 200
	 * {"error": ...}; refresh rotates the refresh token), and the resource endpoint: a Bearer token with the method's
	 * scope, case-sensitive read methods, write methods refused (and counted), json=1, text/plain "Error: ..." answers,
	 * and FlightsWithQueryAndOffset newest first with MyFlightbook's LIMIT offset,maxCount rules. Every member equal
	 * to its default is omitted and decimals keep their scale, as Newtonsoft writes them. Each request's serving time
	 * (handler start to last byte written) is kept so that the bench can subtract it.
	 */
	static final class MfbSimulator implements AutoCloseable {

		static final String AUTHORIZE = "/logbook/mvc/oAuth/Authorize";
		static final String TOKEN = "/logbook/mvc/oAuth/OAuthToken";
		static final String RESOURCE = "/logbook/mvc/oAuth/OAuthResource/";
		static final Set<String> REGISTERED_SCOPES = Set.of("currency", "totals", "readflight", "readaircraft",
				"visited", "namedqueries");
		static final Map<String, String> READ_METHODS = Map.ofEntries(Map.entry("FlightsWithQueryAndOffset", "readflight"),
				Map.entry("AvailablePropertyTypesForUser", "readflight"), Map.entry("PropertiesForFlight", "readflight"),
				Map.entry("PendingFlightsForUser", "readflight"), Map.entry("AircraftForUser", "readaircraft"),
				Map.entry("MakesAndModels", "readaircraft"), Map.entry("ModelsWithIDs", "readaircraft"),
				Map.entry("GetCurrencyForUser", "currency"), Map.entry("currency", "currency"),
				Map.entry("TotalsForUserWithQuery", "totals"), Map.entry("totals", "totals"),
				Map.entry("VisitedAirports", "visited"), Map.entry("GetNamedQueries", "namedqueries"));
		static final Set<String> WRITE_METHODS = Set.of("CommitFlightWithOptions", "addFlight", "DeleteLogbookEntry",
				"DeletePropertiesForFlight", "CreatePendingFlight", "UpdatePendingFlight", "DeletePendingFlight",
				"CommitPendingFlight", "AddAircraftForUser", "DeleteAircraftForUser",
				"UpdateMaintenanceForAircraftWithFlagsAndNotes", "UpdateImageAnnotation", "DeleteImage", "AddNamedQuery",
				"DeleteNamedQuery", "AircraftMatchingPrefix");

		static final String AIRCRAFT = "[{\"InstanceTypeID\":1,\"InstanceType\":1,\"InstanceTypeDescription\":\"\","
				+ "\"LastTransponder\":\"2025-09-12T00:00:00Z\",\"LastAnnual\":\"2026-01-15T00:00:00Z\",\"Last100\":4210.30,"
				+ "\"AircraftImages\":[],\"AircraftID\":40211,\"ModelCommonName\":\"Cessna  Skyhawk SP\","
				+ "\"TailNumber\":\"N12345\",\"ModelID\":1234,\"ModelDescription\":\"C-172 S\",\"ErrorString\":\"\","
				+ "\"DefaultImage\":\"\",\"PublicNotes\":\"\",\"PrivateNotes\":\"Club aircraft\",\"DefaultTemplates\":[],"
				+ "\"MaintenanceNote\":\"\",\"NormalizedTail\":\"N12345\",\"SearchTail\":\"N12345\"},"
				+ "{\"InstanceTypeID\":1,\"InstanceType\":1,\"InstanceTypeDescription\":\"\",\"AircraftImages\":[],"
				+ "\"AircraftID\":40212,\"ModelCommonName\":\"Piper  Archer\",\"TailNumber\":\"C-GABC\",\"ModelID\":2001,"
				+ "\"ModelDescription\":\"PA-28-181\",\"ErrorString\":\"\",\"DefaultImage\":\"\",\"PublicNotes\":\"\","
				+ "\"PrivateNotes\":\"\",\"DefaultTemplates\":[],\"MaintenanceNote\":\"\",\"NormalizedTail\":\"C-GABC\","
				+ "\"SearchTail\":\"CGABC\"},"
				+ "{\"InstanceTypeID\":1,\"InstanceType\":1,\"InstanceTypeDescription\":\"\",\"AircraftImages\":[],"
				+ "\"AircraftID\":40999,\"ModelCommonName\":\"Cessna  Skyhawk SP\",\"TailNumber\":\"#(ANONYMOUS C-172 S)\","
				+ "\"ModelID\":1234,\"ModelDescription\":\"C-172 S\",\"ErrorString\":\"\",\"DefaultImage\":\"\","
				+ "\"PublicNotes\":\"\",\"PrivateNotes\":\"\",\"DefaultTemplates\":[],\"MaintenanceNote\":\"\","
				+ "\"NormalizedTail\":\"#(ANONYMOUS C-172 S)\",\"SearchTail\":\"#ANONYMOUSC172S\"},"
				+ "{\"InstanceTypeID\":3,\"InstanceType\":3,"
				+ "\"InstanceTypeDescription\":\" (Simulator/FTD - Can log IFR approaches)\",\"AircraftImages\":[],"
				+ "\"AircraftID\":50877,\"ModelCommonName\":\"Frasca  142 FTD\",\"TailNumber\":\"SIMFRASCA142\","
				+ "\"ModelID\":5678,\"ModelDescription\":\"FRASCA 142\",\"ErrorString\":\"\",\"DefaultImage\":\"\","
				+ "\"PublicNotes\":\"\",\"PrivateNotes\":\"\",\"DefaultTemplates\":[],\"MaintenanceNote\":\"\","
				+ "\"NormalizedTail\":\"SIMFRASCA142\",\"SearchTail\":\"SIMFRASCA142\"}]";

		// NotCurrent items have no Status member (it is 0)
		static final String CURRENCY = "[{\"Attribute\":\"ASEL - Passengers\",\"Value\":\"Current Until: 7/27/2027\","
				+ "\"Status\":2,\"Discrepancy\":\"\",\"CurrencyGroup\":1,\"Query\":{\"UserName\":\"benchpilot\"}},"
				+ "{\"Attribute\":\"ASEL - Night\",\"Value\":\"Expired: 3/14/2026\","
				+ "\"Discrepancy\":\"(Short by 3 Landings)\",\"CurrencyGroup\":1,\"Query\":{\"UserName\":\"benchpilot\"}},"
				+ "{\"Attribute\":\"IFR - Airplane\",\"Value\":\"Current Until: 10/31/2027\",\"Status\":2,"
				+ "\"Discrepancy\":\"\",\"CurrencyGroup\":1,\"Query\":{\"UserName\":\"benchpilot\"}},"
				+ "{\"Attribute\":\"N12345 - Annual\",\"Value\":\"1/31/2027\",\"Status\":2,"
				+ "\"Discrepancy\":\"Due in 250 day(s)\",\"AssociatedResourceID\":40211,\"CurrencyGroup\":3},"
				+ "{\"Attribute\":\"Medical\",\"Value\":\"Current Until: 5/31/2028\",\"Status\":2,\"Discrepancy\":\"\","
				+ "\"CurrencyGroup\":6},{\"Attribute\":\"Flight Review\",\"Value\":\"Current Until: 6/30/2027\","
				+ "\"Status\":1,\"Discrepancy\":\"Due in 25 day(s)\",\"CurrencyGroup\":2}]";

		// NumericType is absent for Integer rows; zero-valued rows are not returned
		static final String TOTALS = "[{\"Value\":6412.3000,\"Description\":\"ASEL\","
				+ "\"SubDescription\":\"9512 Landings (8203 Day, 618 Night), 2061 Approaches\",\"NumericType\":2,"
				+ "\"IsTime\":true,\"Query\":{\"UserName\":\"benchpilot\"},\"Group\":1,"
				+ "\"GroupName\":\"Times by Category/Class\"},{\"Value\":414.0,\"Description\":\"Night Takeoffs\","
				+ "\"SubDescription\":\"\",\"IsInt\":true,\"Query\":{\"UserName\":\"benchpilot\"},\"Group\":6,"
				+ "\"GroupName\":\"Other Times and Counts\"},{\"Value\":2864.2000,\"Description\":\"Cross Country\","
				+ "\"SubDescription\":\"\",\"NumericType\":2,\"IsTime\":true,\"Query\":{\"UserName\":\"benchpilot\","
				+ "\"HasXC\":true},\"Group\":5,\"GroupName\":\"Standard Logbook Times\"},{\"Value\":5000.0,"
				+ "\"Description\":\"Flights\",\"SubDescription\":\"\",\"IsInt\":true,\"Group\":7,\"GroupName\":\"Overall\"},"
				+ "{\"Value\":6747.4000,\"Description\":\"Total Time\",\"SubDescription\":\"\",\"NumericType\":2,"
				+ "\"IsTime\":true,\"Group\":7,\"GroupName\":\"Overall\"}]";

		record Served(String endpoint, int status, long bytes, long nanos) {
		}

		/** A LogbookEntry as MyFlightbook writes it, with what the newest-first order needs. */
		record Flight(long id, LocalDate date, String json) {
		}

		record Code(String redirectUri, String scopes) {
		}

		final HttpServer server;
		final String clientId;
		final String clientSecret;
		final List<Served> served = Collections.synchronizedList(new ArrayList<>());
		final AtomicInteger writeAttempts = new AtomicInteger();
		final AtomicInteger issued = new AtomicInteger();
		final Map<String, Code> codes = new ConcurrentHashMap<>();
		final Map<String, String> accessTokens = new ConcurrentHashMap<>(); // token -> scopes
		final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
		volatile List<Flight> newestFirst = List.of();

		MfbSimulator(int port, String clientId, String clientSecret) throws IOException {
			this.clientId = clientId;
			this.clientSecret = clientSecret;
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.createContext(AUTHORIZE, exchange -> serve(exchange, "authorize"));
			server.createContext(TOKEN, exchange -> serve(exchange, "token"));
			server.createContext(RESOURCE, exchange -> serve(exchange, "resource"));
			server.start();
		}

		String base() {
			return "http://127.0.0.1:" + server.getAddress().getPort();
		}

		void flights(List<Flight> flights) {
			List<Flight> sorted = new ArrayList<>(flights);
			// §6.1: ORDER BY date DESC, ..., FlightID DESC
			sorted.sort((a, b) -> a.date().equals(b.date()) ? Long.compare(b.id(), a.id()) : b.date().compareTo(a.date()));
			newestFirst = List.copyOf(sorted);
		}

		static final String[] ROUTES = { "KPAE KBLI", "KBLI KPAE", "KPAE", "KSEA KBFI KPAE", "KJFK/04L KBOS/27",
				"KBOS-KJFK", "CYTZ CYOO", "CYYZ, CYTZ", "EGLL EGKK", "KBFI KSEA" };

		/** {@code count} deterministic flights, one to three a day going back from yesterday. */
		static List<Flight> logbook(int count, LocalDate today) {
			List<Flight> flights = new ArrayList<>(count);
			LocalDate date = today.minusDays(1);
			for (int i = 0; i < count; i++) {
				Random rnd = new Random(0x3FB_0000L + i);
				if (rnd.nextInt(3) == 0) {
					date = date.minusDays(1 + rnd.nextInt(2));
				}
				flights.add(flight(1_000_000 + i, date, rnd));
			}
			return flights;
		}

		static String hours(int minutes, int scale) {
			return new java.math.BigDecimal(minutes).divide(java.math.BigDecimal.valueOf(60), scale,
					java.math.RoundingMode.HALF_UP).toPlainString();
		}

		static Flight flight(long id, LocalDate date, Random rnd) {
			int kind = rnd.nextInt(100); // 0..69 N12345, 70..84 C-GABC, 85..91 anonymous, 92..99 simulator
			StringBuilder b = new StringBuilder(1200).append('{');
			b.append("\"SendFlightLink\":\"https://myflightbook.com/logbook/mvc/flightedit/flight?src=b").append(id)
				.append("\",\"User\":\"benchpilot\"");
			String custom = "";
			if (kind >= 92) {
				int sim = 6 * (5 + rnd.nextInt(16)); // 0.5..2.0 h in tenths
				b.append(",\"AircraftID\":50877,\"Approaches\":").append(1 + rnd.nextInt(4))
					.append(",\"SimulatedIFR\":").append(hours(sim, 2)).append(",\"GroundSim\":").append(hours(sim, 2))
					.append(",\"fHoldingProcedures\":true,\"Route\":\"\",\"Comment\":\"Frasca: holds and ILS 16R\"")
					.append(",\"ModelDisplay\":\"FRASCA 142\",\"TailNumDisplay\":\"SIMFRASCA142\"");
			}
			else {
				int total = 6 * (5 + rnd.nextInt(36)); // 0.5..4.0 h
				boolean dual = rnd.nextInt(5) == 0;
				boolean night = rnd.nextInt(7) == 0;
				int landings = 1 + rnd.nextInt(3);
				int nightLandings = night ? 1 : 0;
				int fullStops = Math.max(1, landings - nightLandings - rnd.nextInt(2));
				if (fullStops + nightLandings > landings) {
					landings = fullStops + nightLandings;
				}
				String aircraft = kind < 70 ? "40211" : kind < 85 ? "40212" : "40999";
				b.append(",\"AircraftID\":").append(aircraft).append(",\"Landings\":").append(landings);
				b.append(",\"FullStopLandings\":").append(fullStops);
				if (nightLandings > 0) {
					b.append(",\"NightLandings\":").append(nightLandings);
				}
				int approaches = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 0;
				if (approaches > 0) {
					b.append(",\"Approaches\":").append(approaches).append(",\"IMC\":").append(hours(Math.min(total, 18), 2))
						.append(",\"SimulatedIFR\":").append(hours(Math.min(total, 30), 2));
				}
				if (rnd.nextInt(3) == 0) {
					b.append(",\"fHoldingProcedures\":true");
				}
				if (rnd.nextInt(5) < 2) {
					b.append(",\"CrossCountry\":").append(hours(total, 4)); // decimal(10,4)
				}
				if (night) {
					b.append(",\"Nighttime\":").append(hours(Math.min(total, 24 + 6 * rnd.nextInt(5)), 2));
				}
				b.append(dual ? ",\"Dual\":" : ",\"PIC\":").append(hours(total, 2));
				b.append(",\"TotalFlightTime\":").append(hours(total, 2));
				String route = ROUTES[rnd.nextInt(ROUTES.length)];
				b.append(",\"Route\":\"").append(route).append("\",\"Comment\":\"")
					.append(rnd.nextInt(2) == 0 ? "" : "bench flight " + id).append('"');
				int out = 6 * 60 + 5 * rnd.nextInt(12 * 12); // 06:00..17:55 UTC
				String blockOut = date + "T" + LocalTime.ofSecondOfDay(out * 60L) + ":00Z";
				String blockIn = date + "T" + LocalTime.ofSecondOfDay((out + total + 10) * 60L) + ":00Z";
				b.append(",\"FlightStart\":\"").append(date).append('T')
					.append(LocalTime.ofSecondOfDay((out + 5) * 60L)).append(":00Z\"");
				b.append(",\"FlightEnd\":\"").append(date).append('T')
					.append(LocalTime.ofSecondOfDay((out + 5 + total) * 60L)).append(":00Z\"");
				b.append(",\"ModelDisplay\":\"").append(kind < 70 || kind >= 85 ? "C-172 S, Cessna  Skyhawk SP" : "PA-28-181, Piper  Archer")
					.append("\",\"TailNumDisplay\":\"").append(kind < 70 ? "N12345" : kind < 85 ? "C-GABC" : "(C-172 S)")
					.append('"');
				custom = "{\"PropID\":" + (id * 10 + 1) + ",\"FlightID\":" + id + ",\"PropTypeID\":187,\"DateValue\":\""
						+ blockOut + "\",\"TextValue\":\"\"},{\"PropID\":" + (id * 10 + 2) + ",\"FlightID\":" + id
						+ ",\"PropTypeID\":186,\"DateValue\":\"" + blockIn + "\",\"TextValue\":\"\"}";
				if (!dual && rnd.nextInt(4) == 0) {
					custom += ",{\"PropID\":" + (id * 10 + 3) + ",\"FlightID\":" + id
							+ ",\"PropTypeID\":183,\"TextValue\":\"PAT PILOT\"}";
				}
				if (rnd.nextInt(10) == 0) {
					custom += ",{\"PropID\":" + (id * 10 + 4) + ",\"FlightID\":" + id
							+ ",\"PropTypeID\":156,\"TextValue\":\"BN" + (100 + rnd.nextInt(900)) + "\"}";
				}
				if (dual && rnd.nextInt(2) == 0) {
					b.append(",\"CFIComments\":\"Steep turns and slow flight to standard.\",\"CFISignatureDate\":\"")
						.append(date).append("T00:00:00\",\"CFICertificate\":\"3456789CFI\",\"CFIExpiration\":\"")
						.append(date.plusYears(2)).append("T00:00:00\",\"CFIEmail\":\"instructor@example.com\",")
						.append("\"CFIName\":\"Jane Instructor\",\"CFISignatureState\":1,\"HasDigitizedSig\":true");
				}
				b.append(",\"SocialMediaLink\":\"https://myflightbook.com/logbook/mvc/pub/ViewFlight/").append(id)
					.append("?v=").append(rnd.nextInt(10_000)).append('"');
				if (!route.contains(" ") && !route.contains("-") && !route.contains(",")) {
					b.append(",\"IsLocalFlight\":true");
				}
			}
			b.append(",\"Date\":\"").append(date).append("T00:00:00\",\"FlightColorHex\":\"\",\"ErrorString\":\"\"")
				.append(",\"FlightID\":").append(id).append(",\"CatClassDisplay\":\"ASEL\",\"CustomProperties\":[")
				.append(custom).append("],\"FlightImages\":[],\"Videos\":[]}");
			return new Flight(id, date, b.toString());
		}

		record Answer(int status, String contentType, byte[] body, String location) {
			static Answer text(int status, String message) {
				return new Answer(status, "text/plain; charset=utf-8",
						(message + "\r\n").getBytes(StandardCharsets.UTF_8), null);
			}

			static Answer json(String body) {
				return new Answer(200, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), null);
			}
		}

		void serve(HttpExchange exchange, String endpoint) {
			long t0 = System.nanoTime();
			String what = endpoint;
			int status = -1;
			long bytes = 0;
			try (exchange) {
				Map<String, String> params = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
				params.putAll(form(exchange.getRequestURI().getRawQuery()));
				byte[] raw = exchange.getRequestBody().readAllBytes();
				String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
				if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
					params.putAll(form(new String(raw, StandardCharsets.UTF_8)));
				}
				Answer answer;
				if (endpoint.equals("authorize")) {
					answer = authorize(params);
				}
				else if (endpoint.equals("token")) {
					answer = "POST".equals(exchange.getRequestMethod()) ? token(params) : Answer.text(404, "Not found");
				}
				else {
					String method = exchange.getRequestURI().getPath().substring(RESOURCE.length());
					what = "resource:" + method;
					answer = resource(method, params, exchange.getRequestHeaders().getFirst("Authorization"));
				}
				exchange.getResponseHeaders().set("Content-Type", answer.contentType());
				if (answer.location() != null) {
					exchange.getResponseHeaders().set("Location", answer.location());
				}
				status = answer.status();
				bytes = answer.body().length;
				exchange.sendResponseHeaders(status, bytes == 0 ? -1 : bytes);
				if (bytes > 0) {
					try (OutputStream out = exchange.getResponseBody()) {
						out.write(answer.body());
					}
				}
			}
			catch (IOException e) {
				status = -1; // Hobbs hung up
			}
			served.add(new Served(what, status, bytes, System.nanoTime() - t0));
		}

		/** §2.3; a real user would sign in and press Allow, this consent approves at once. */
		Answer authorize(Map<String, String> params) {
			String redirect = params.get("redirect_uri");
			String scopes = params.getOrDefault("scope", "");
			if (!"code".equals(params.get("response_type")) || !clientId.equals(params.get("client_id"))
					|| redirect == null || redirect.isBlank()) {
				return new Answer(200, "text/html; charset=utf-8",
						"<p>Unknown client or request</p>".getBytes(StandardCharsets.UTF_8), null);
			}
			if (!REGISTERED_SCOPES.containsAll(List.of(scopes.split(" ")))) {
				return new Answer(200, "text/html; charset=utf-8",
						"<p>Request is for scopes that the service is not authorized to have.</p>"
							.getBytes(StandardCharsets.UTF_8), null);
			}
			String code = "code-" + issued.incrementAndGet() + "-" + Long.toHexString(new Random().nextLong());
			codes.put(code, new Code(redirect, scopes));
			String state = params.get("state");
			return new Answer(302, "text/html; charset=utf-8", new byte[0],
					redirect + "?code=" + enc(code) + (state == null ? "" : "&state=" + enc(state)));
		}

		/** §2.4: errors as HTTP 200 with an error member, MyFlightbook's own checks as HTTP 400 text. */
		Answer token(Map<String, String> form) {
			if (form.get("client_id") == null) {
				return Answer.text(400, "Value cannot be null.\r\nParameter name: clientId");
			}
			if (!clientId.equals(form.get("client_id"))) {
				return Answer.text(400, "Unknown client");
			}
			if (!clientSecret.equals(form.get("client_secret"))) {
				return Answer.json("{\"error\":\"invalid_client\"}");
			}
			String grantType = String.valueOf(form.get("grant_type"));
			String scopes;
			if (grantType.equals("authorization_code")) {
				Code code = form.get("code") == null ? null : codes.remove(form.get("code"));
				if (code == null || !code.redirectUri().equals(form.get("redirect_uri"))) {
					return Answer.json("{\"error\":\"invalid_grant\"}");
				}
				scopes = code.scopes();
			}
			else if (grantType.equals("refresh_token")) {
				scopes = form.get("refresh_token") == null ? null : refreshTokens.get(form.get("refresh_token"));
				if (scopes == null) {
					return Answer.json("{\"error\":\"invalid_grant\"}");
				}
			}
			else {
				return Answer.json("{\"error\":\"unsupported_grant_type\"}");
			}
			int n = issued.incrementAndGet();
			String access = "gAAAA-bench-access-" + n + "-" + Long.toHexString(new Random().nextLong());
			String refresh = "3ZV-bench-refresh-" + n + "-" + Long.toHexString(new Random().nextLong());
			accessTokens.put(access, scopes);
			refreshTokens.put(refresh, scopes);
			return Answer.json("{\"access_token\":\"" + access + "\",\"token_type\":\"bearer\",\"expires_in\":1209600,"
					+ "\"refresh_token\":\"" + refresh + "\",\"scope\":\"" + scopes + "\"}");
		}

		/** §3: Bearer token, the method's scope, json=1; errors as text/plain "Error: ...". */
		Answer resource(String method, Map<String, String> params, String authorization) {
			String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
					? authorization.substring(7).strip() : params.get("access_token");
			if (token == null) {
				return Answer.text(500, "Error: Missing access token.");
			}
			String scopes = accessTokens.get(token);
			if (scopes == null) {
				return Answer.text(500, "Error: The access token could not be decrypted or verified.");
			}
			if (WRITE_METHODS.contains(method)) {
				writeAttempts.incrementAndGet();
				return Answer.text(500, "Error: The bench simulator refuses write method " + method);
			}
			String scope = READ_METHODS.get(method);
			if (scope == null) {
				return Answer.text(500, "Error: Requested value '" + method + "' was not found.");
			}
			if (!List.of(scopes.split(" ")).contains(scope)) {
				return Answer.text(401, "Error: Requested action requires scope \"" + scope + "\", which is not granted.");
			}
			if (!params.getOrDefault("json", "0").matches("-?[1-9]\\d*")) {
				return Answer.text(500, "Error: The bench simulator answers JSON only; send json=1");
			}
			return switch (method) {
				case "FlightsWithQueryAndOffset" -> flightsPage(params);
				case "AircraftForUser" -> Answer.json(AIRCRAFT);
				case "GetCurrencyForUser", "currency" -> Answer.json(CURRENCY);
				case "TotalsForUserWithQuery", "totals" -> Answer.json(TOTALS);
				default -> Answer.json("[]");
			};
		}

		/** §6.1: fq, offset and maxCount required; LIMIT offset,maxCount only when maxCount > 0 or offset > 0. */
		Answer flightsPage(Map<String, String> params) {
			for (String required : List.of("fq", "offset", "maxCount")) {
				String value = params.get(required);
				if (value == null || value.isEmpty()) {
					return Answer.text(500, "Error: Required parameter '" + required + "' missing");
				}
			}
			if (!params.get("fq").strip().startsWith("{")) {
				return Answer.text(500, "Error: Unexpected character encountered while parsing value");
			}
			int offset;
			int maxCount;
			try {
				offset = Integer.parseInt(params.get("offset").strip());
				maxCount = Integer.parseInt(params.get("maxCount").strip());
			}
			catch (NumberFormatException e) {
				return Answer.text(500, "Error: " + e.getMessage());
			}
			if (offset > 0 && maxCount < 0) {
				return Answer.text(500, "Error: You have an error in your SQL syntax");
			}
			List<Flight> all = newestFirst;
			List<Flight> page = all;
			if (maxCount > 0 || offset > 0) {
				page = all.subList(Math.min(offset, all.size()), Math.min(offset + Math.max(maxCount, 0), all.size()));
			}
			StringBuilder body = new StringBuilder(page.size() * 1200 + 2).append('[');
			for (int i = 0; i < page.size(); i++) {
				body.append(i == 0 ? "" : ",").append(page.get(i).json());
			}
			return Answer.json(body.append(']').toString());
		}

		static Map<String, String> form(String raw) {
			Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			if (raw == null || raw.isEmpty()) {
				return fields;
			}
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				fields.put(java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
						eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
			return fields;
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

	static Resp postJson(String path, String bearer, String json) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + bearer)
			.header("Accept", "application/json");
		if (json == null) {
			b.POST(HttpRequest.BodyPublishers.noBody());
		}
		else {
			b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
		}
		return send(api, b);
	}

	static int count(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	// =====================================================================================================
	// Measurement
	// =====================================================================================================

	record Load(String name, long ok, long errors, String firstError, double seconds, long[] nanos) {
		double throughput() {
			return ok / seconds;
		}

		double p(double percentile) {
			return percentileMs(nanos, percentile);
		}
	}

	/** Closed loop: {@link #concurrency} virtual threads, each sending the next request when the last one is done. */
	static Load load(HttpRequest request, double seconds) throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + (long) (seconds * 1e9);
		long[][] perClient = new long[concurrency][];
		AtomicLong ok = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		AtomicReference<String> firstError = new AtomicReference<>();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < concurrency; c++) {
				int client = c;
				clients.submit(() -> {
					long[] nanos = new long[4096];
					int n = 0;
					while (System.nanoTime() < deadline) {
						long t0 = System.nanoTime();
						try {
							HttpResponse<byte[]> r = api.send(request, HttpResponse.BodyHandlers.ofByteArray());
							long t = System.nanoTime() - t0;
							if (r.statusCode() == 200) {
								ok.incrementAndGet();
								if (n == nanos.length) {
									nanos = Arrays.copyOf(nanos, n * 2);
								}
								nanos[n++] = t;
							}
							else {
								errors.incrementAndGet();
								firstError.compareAndSet(null, "HTTP " + r.statusCode() + ": "
										+ snippet(new String(r.body(), StandardCharsets.UTF_8)));
							}
						}
						catch (IOException e) {
							errors.incrementAndGet();
							firstError.compareAndSet(null, e.toString());
						}
						catch (InterruptedException e) {
							break;
						}
					}
					perClient[client] = Arrays.copyOf(nanos, n);
				});
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).toArray();
		Arrays.sort(all);
		String name = "GET " + request.uri().getRawPath()
				+ (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
		return new Load(name, ok.get(), errors.get(), firstError.get(), elapsed, all);
	}

	record Seq(long[] nanos) {
		double p(double percentile) {
			return percentileMs(nanos, percentile);
		}
	}

	/** One request at a time: {@link #sequentialWarmup} unrecorded, then {@link #samples} recorded. */
	static Seq sequential(HttpClient c, HttpRequest request, String name) throws Exception {
		long[] nanos = new long[samples];
		for (int i = -sequentialWarmup; i < samples; i++) {
			long t0 = System.nanoTime();
			HttpResponse<byte[]> r;
			try {
				r = c.send(request, HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException e) {
				throw describe(request, e);
			}
			long t = System.nanoTime() - t0;
			if (r.statusCode() != 200) {
				throw new Mismatch(name + " answered HTTP " + r.statusCode() + " on request " + (i + sequentialWarmup + 1)
						+ ": " + snippet(new String(r.body(), StandardCharsets.UTF_8)));
			}
			if (i >= 0) {
				nanos[i] = t;
			}
		}
		Arrays.sort(nanos);
		log("  %s: p50 %s, p99 %s over %d requests", name, fmtMs(percentileMs(nanos, 50)),
				fmtMs(percentileMs(nanos, 99)), samples);
		return new Seq(nanos);
	}

	/** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
	static double percentileMs(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	// =====================================================================================================
	// HTTP and parsing helpers
	// =====================================================================================================

	record Resp(int status, String body, HttpResponse<String> response) {
	}

	static final class Mismatch extends Exception {
		Mismatch(String message) {
			super(message);
		}
	}

	static HttpClient client(CookieManager cookies) {
		HttpClient.Builder b = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10));
		if (cookies != null) {
			b.cookieHandler(cookies);
		}
		return b.build();
	}

	static URI uri(String pathAndQuery) {
		return URI.create(base + pathAndQuery);
	}

	static HttpRequest.Builder apiGet(String pathAndQuery) {
		return HttpRequest.newBuilder(uri(pathAndQuery))
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + apiKey)
			.header("Accept", "application/json")
			.GET();
	}

	static Resp sendJson(HttpClient c, HttpRequest.Builder builder) throws IOException, InterruptedException {
		return send(c, builder.header("Accept", "application/json"));
	}

	static Resp send(HttpClient c, HttpRequest.Builder builder) throws IOException, InterruptedException {
		HttpRequest request = builder.timeout(REQUEST_TIMEOUT).build();
		try {
			HttpResponse<String> r = c.send(request, HttpResponse.BodyHandlers.ofString());
			return new Resp(r.statusCode(), r.body(), r);
		}
		catch (IOException e) {
			throw describe(request, e);
		}
	}

	/** The same I/O failure, saying which request failed and how long the timeout was. */
	static IOException describe(HttpRequest request, IOException e) {
		String what = request.method() + " " + request.uri().getRawPath()
				+ (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
		String why = e instanceof java.net.http.HttpTimeoutException
				? "no answer within " + request.timeout().map(Duration::toSeconds).orElse(0L) + " s" : e.toString();
		return new IOException(what + ": " + why, e);
	}

	static void expect(Resp r, int status, String what) throws Mismatch {
		if (r.status != status) {
			throw new Mismatch(what + " answered HTTP " + r.status + ", expected " + status + ": " + snippet(r.body));
		}
	}

	static String csrfToken(String html) {
		Matcher input = Pattern.compile("<input\\b[^>]*\\bname=[\"']_csrf[\"'][^>]*>", Pattern.CASE_INSENSITIVE)
			.matcher(html);
		if (input.find()) {
			Matcher value = Pattern.compile("\\bvalue=[\"']([^\"']*)[\"']").matcher(input.group());
			if (value.find()) {
				return value.group(1);
			}
		}
		Matcher meta = Pattern.compile("<meta\\b[^>]*\\bname=[\"']_csrf[\"'][^>]*\\bcontent=[\"']([^\"']*)[\"']",
				Pattern.CASE_INSENSITIVE).matcher(html);
		if (meta.find()) {
			note("GET /login has no hidden _csrf input; used the <meta name=\"_csrf\"> token instead");
			return meta.group(1);
		}
		return null;
	}

	static String jsonString(String json, String key) {
		Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
		return m.find() ? m.group(1) : null;
	}

	static Long jsonLong(String json, String key) {
		Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(\\d+)").matcher(json);
		return m.find() ? Long.valueOf(m.group(1)) : null;
	}

	/** Resources in a {"data":[...]} list, counted by their "type" members at the top level of each element. */
	static int countDataItems(String json) {
		int start = json.indexOf("\"data\"");
		if (start < 0) {
			return -1;
		}
		int i = json.indexOf('[', start);
		if (i < 0) {
			return -1;
		}
		int depth = 0;
		int items = 0;
		boolean inString = false;
		for (; i < json.length(); i++) {
			char ch = json.charAt(i);
			if (inString) {
				if (ch == '\\') {
					i++;
				}
				else if (ch == '"') {
					inString = false;
				}
				continue;
			}
			switch (ch) {
				case '"' -> inString = true;
				case '[', '{' -> {
					if (ch == '{' && depth == 1) {
						items++;
					}
					depth++;
				}
				case ']', '}' -> {
					depth--;
					if (depth == 0) {
						return items;
					}
				}
				default -> {
				}
			}
		}
		return items;
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static String snippet(String body) {
		if (body == null) {
			return "(no body)";
		}
		String s = body.replaceAll("\\s+", " ").trim();
		return s.isEmpty() ? "(empty body)" : s.length() > 400 ? s.substring(0, 400) + "…" : s;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	// =====================================================================================================
	// Output
	// =====================================================================================================

	interface Stage {
		void run() throws Exception;
	}

	static boolean unresponsive;

	static boolean stage(String name, Stage stage) {
		if (unresponsive) {
			failed = true;
			log("[%s] %s SKIPPED: the server stopped answering", db, name);
			row(name, "skipped", "—", "ERR");
			return false;
		}
		log("[%s] %s", db, name);
		long t0 = System.nanoTime();
		try {
			stage.run();
			log("[%s] %s done in %.1f s", db, name, (System.nanoTime() - t0) / 1e9);
			return true;
		}
		catch (Exception e) {
			failed = true;
			String message = e instanceof Mismatch || e instanceof IOException ? e.getMessage() : e.toString();
			log("[%s] %s FAILED: %s", db, name, message);
			row(name, "ERROR", "—", "ERR");
			note(name + " failed: " + message);
			if (isTimeout(e) && !answersPing()) {
				unresponsive = true;
				note("after that the server did not answer GET /v1/ping within 10 s either, so the remaining stages"
						+ " were skipped (see the server log)");
			}
			return false;
		}
	}

	static boolean isTimeout(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof java.net.http.HttpTimeoutException) {
				return true;
			}
		}
		return false;
	}

	static boolean answersPing() {
		if (apiKey == null) {
			return false;
		}
		try {
			HttpResponse<Void> r = client(null).send(apiGet("/v1/ping").timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.discarding());
			return r.statusCode() == 200;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static synchronized void row(String metric, String value, String target, String ok) {
		rows.add(String.join("\t", db, clean(metric), clean(value), clean(target), clean(ok)));
	}

	static synchronized void note(String text) {
		rows.add(String.join("\t", "#note", db, clean(text)));
	}

	static String clean(String s) {
		return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
	}

	static synchronized void write() throws IOException {
		if (out == null) {
			rows.forEach(System.out::println);
			return;
		}
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
			rows.forEach(w::println);
		}
	}

	static void log(String format, Object... args) {
		System.err.println("bench: " + String.format(Locale.ROOT, format, args));
	}

	static String fmtMs(double ms) {
		return Double.isNaN(ms) ? "n/a" : String.format(Locale.ROOT, ms < 10 ? "%.2f ms" : "%.1f ms", ms);
	}

	static String fmtS(double seconds) {
		return Double.isNaN(seconds) ? "n/a" : String.format(Locale.ROOT, "%.2f s", seconds);
	}

	static String fmtMiB(long bytes) {
		return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0)
				: String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
	}

	static String fmtRate(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f req/s", perSecond);
	}

	static String fmtInt(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	static String fmt(double d) {
		return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
	}

	static void parseArgs(String[] args) {
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (i + 1 >= args.length) {
				usage("missing value for " + a);
			}
			String v = args[++i];
			switch (a) {
				case "--base" -> base = v.replaceAll("/+$", "");
				case "--admin-token" -> adminToken = v;
				case "--db" -> db = v;
				case "--out" -> out = Path.of(v);
				case "--flights" -> flights = Integer.parseInt(v);
				case "--seed-concurrency" -> seedConcurrency = Integer.parseInt(v);
				case "--concurrency" -> concurrency = Integer.parseInt(v);
				case "--warmup" -> warmupSeconds = Double.parseDouble(v);
				case "--duration" -> durationSeconds = Double.parseDouble(v);
				case "--samples" -> samples = Integer.parseInt(v);
				case "--email" -> email = v;
				case "--import-emails" -> importEmails = Integer.parseInt(v);
				case "--import-runs" -> importRuns = Math.max(1, Integer.parseInt(v));
				case "--connector-items" -> connectorItems = Integer.parseInt(v);
				case "--stages" -> stages = List.of(v.split("[,\\s]+"));
				case "--mfb-flights" -> mfbFlights = Integer.parseInt(v);
				case "--mfb-port" -> mfbPort = Integer.parseInt(v);
				case "--mfb-client-id" -> mfbClientId = v;
				case "--mfb-client-secret" -> mfbClientSecret = v;
				case "--mfb-spacing-ms" -> mfbSpacingMs = Long.parseLong(v);
				case "--server-pid" -> serverPid = Long.parseLong(v);
				default -> usage("unknown option " + a);
			}
		}
		if (base == null || adminToken == null) {
			usage("--base and --admin-token are required");
		}
		for (String stage : stages) {
			if (!stage.equals("core") && !stage.equals("mfb")) {
				usage("unknown stage " + stage + " (core, mfb)");
			}
		}
		if (stages.contains("mfb") && (mfbPort == 0 || mfbClientId == null || mfbClientSecret == null)) {
			usage("the mfb stage needs --mfb-port, --mfb-client-id and --mfb-client-secret (the server's MFB_BASE_URL,"
					+ " MFB_CLIENT_ID and MFB_CLIENT_SECRET)");
		}
	}

	static void usage(String problem) {
		System.err.println("Bench: " + problem + "\nusage: java Bench.java --base URL --admin-token TOKEN [--db NAME]"
				+ " [--out FILE] [--flights N] [--seed-concurrency N] [--concurrency N] [--warmup S] [--duration S]"
				+ " [--samples N] [--email E] [--import-emails N (0 skips)] [--import-runs N]"
				+ " [--connector-items N (0 skips)] [--stages core,mfb] [--mfb-flights N] [--mfb-port PORT]"
				+ " [--mfb-client-id ID] [--mfb-client-secret S] [--mfb-spacing-ms MS] [--server-pid PID]");
		System.exit(2);
	}
}
