package aero.hobbs.connectors;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.shared.BearerKeys;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.SecretBox;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.PartnerKeyVerifier;
import aero.hobbs.shared.web.PartnerPrincipal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform admin's view of connectors: creates and edits them, rotates their API keys
 * ({@code hbc_} followed by 256 random bits; only the SHA-256 is kept), keeps their price
 * list, and names the partner staff who manage each one's allowed users.
 */
@Service
public class Connectors implements PartnerKeyVerifier {

	static final String KEY_PREFIX = "hbc_";

	private final ConnectorRepository connectors;

	private final Accounts accounts;

	private final SecretBox secrets;

	private final Clock clock;

	Connectors(ConnectorRepository connectors, Accounts accounts, SecretBox secrets, Clock clock) {
		this.connectors = connectors;
		this.accounts = accounts;
		this.secrets = secrets;
		this.clock = clock;
	}

	/**
	 * Creates a connector with its API key; a price, when given, applies from the first
	 * day of the current month.
	 */
	@Transactional
	public CreatedConnector create(ConnectorDetails details) {
		List<FieldIssue> issues = new ArrayList<>();
		String name = required(details.name(), "name", 200, issues);
		String checkuser = endpoint(details.endpointCheckuser(), "endpoint_checkuser", issues);
		String getnewids = endpoint(details.endpointGetnewids(), "endpoint_getnewids", issues);
		if (details.accessPlan() == null || details.accessPlan() < 0) {
			issues.add(new FieldIssue("access_plan", "Give the access plan as a whole number, e.g. 9999"));
		}
		Money price = price(details.monthlyUserPrice(), issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		Instant now = clock.instant();
		String apiKey = newApiKey();
		long id = connectors.insert("pending-" + apiKey.substring(4, 20), name, checkuser, getnewids,
				details.accessPlan(), stored(apiKey), now);
		Connector created = find(id);
		Connector keyed = new Connector(id, uniqueKey(name, id), created.name(), created.endpointCheckuser(),
				created.endpointGetnewids(), created.accessPlan(), created.apiKeyPrefix(), created.createdAt(), now);
		connectors.update(keyed);
		connectors.putPrice(id, YearMonth.now(clock).atDay(1), price, now);
		return new CreatedConnector(keyed, apiKey);
	}

	/**
	 * Changes the given members; a new price applies from the first day of this month.
	 */
	@Transactional
	public Connector update(long id, ConnectorDetails details) {
		Connector existing = find(id);
		List<FieldIssue> issues = new ArrayList<>();
		String name = details.name() == null ? existing.name() : required(details.name(), "name", 200, issues);
		String checkuser = details.endpointCheckuser() == null ? existing.endpointCheckuser()
				: endpoint(details.endpointCheckuser(), "endpoint_checkuser", issues);
		String getnewids = details.endpointGetnewids() == null ? existing.endpointGetnewids()
				: endpoint(details.endpointGetnewids(), "endpoint_getnewids", issues);
		if (details.accessPlan() != null && details.accessPlan() < 0) {
			issues.add(new FieldIssue("access_plan", "Give the access plan as a whole number, e.g. 9999"));
		}
		Money price = details.monthlyUserPrice() == null ? null : price(details.monthlyUserPrice(), issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		Instant now = clock.instant();
		Connector updated = new Connector(id, existing.key(), name, checkuser, getnewids,
				details.accessPlan() == null ? existing.accessPlan() : details.accessPlan(), existing.apiKeyPrefix(),
				existing.createdAt(), now);
		connectors.update(updated);
		if (price != null) {
			connectors.putPrice(id, YearMonth.now(clock).atDay(1), price, now);
		}
		return updated;
	}

	/** Replaces the connector's API key; the old one stops working at once. */
	@Transactional
	public CreatedConnector rotateKey(long id) {
		find(id);
		String apiKey = newApiKey();
		connectors.replaceKey(id, stored(apiKey), clock.instant());
		return new CreatedConnector(find(id), apiKey);
	}

	/**
	 * Sets the monthly user price from {@code effectiveFrom} on (replacing one set for
	 * that day).
	 */
	@Transactional
	public ConnectorPrice setPrice(long id, Money price, LocalDate effectiveFrom) {
		find(id);
		connectors.putPrice(id, effectiveFrom, price, clock.instant());
		return new ConnectorPrice(id, effectiveFrom, price);
	}

	/** The connector's prices, oldest first. */
	public List<ConnectorPrice> prices(long id) {
		return connectors.prices(id);
	}

	/**
	 * The price that bills {@code month}: the latest one in effect on its last day; empty
	 * if none was yet.
	 */
	public Optional<Money> priceFor(long id, YearMonth month) {
		return connectors.priceFor(id, month);
	}

	public Connector find(long id) {
		return connectors.find(id).orElseThrow(() -> new NotFound("Connector"));
	}

	public List<Connector> list() {
		return connectors.list();
	}

	/** Lets the user with this email manage the connector's allowed users. */
	@Transactional
	public void addAdmin(long id, String email) {
		find(id);
		Account account = accounts.findByEmail(email == null ? "" : email)
			.orElseThrow(() -> new InvalidInput("email",
					"No Hobbs user has this email; the partner's staff member must sign up first"));
		connectors.addAdmin(id, account.id().value(), account.email(), clock.instant());
	}

	public List<String> adminEmails(long id) {
		return connectors.adminEmails(id);
	}

	/** The connectors this user manages as partner staff. */
	public List<Connector> administeredBy(UserId user) {
		return connectors.administeredBy(user.value());
	}

	/** The connector, if this user manages it; otherwise not found (never forbidden). */
	public Connector administered(UserId user, long id) {
		if (!connectors.isAdmin(id, user.value())) {
			throw new NotFound("Connector");
		}
		return find(id);
	}

	@Override
	public Optional<PartnerPrincipal> verify(String presentedKey) {
		if (!presentedKey.startsWith(KEY_PREFIX) || presentedKey.length() > 100) {
			return Optional.empty();
		}
		return connectors.findByKeyHash(BearerKeys.sha256(presentedKey))
			.map(connector -> new PartnerPrincipal(connector.id(), connector.name()));
	}

	/** The connector's API key, which Hobbs sends to the partner's endpoints. */
	String apiKey(long id) {
		return secrets.open(connectors.sealedKey(id));
	}

	private ConnectorRepository.SealedKey stored(String apiKey) {
		return new ConnectorRepository.SealedKey(BearerKeys.sha256(apiKey), secrets.seal(apiKey),
				apiKey.substring(0, 12));
	}

	private static String newApiKey() {
		return BearerKeys.generate(KEY_PREFIX);
	}

	/** A readable, stable key partners see, e.g. {@code acme_crew_rostering_7}. */
	private String uniqueKey(String name, long id) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80);
		}
		return (slug.isEmpty() ? "connector" : slug) + "_" + id;
	}

	private static @Nullable Money price(ConnectorDetails.@Nullable Price price, List<FieldIssue> issues) {
		if (price == null) {
			issues.add(new FieldIssue("monthly_user_price",
					"Give the monthly price per qualified user, e.g. {\"amount\": \"4.00\", \"currency\": \"EUR\"}"));
			return null;
		}
		try {
			Money money = Money.of(price.amount(), price.currency());
			if (money.amount().signum() < 0) {
				issues.add(new FieldIssue("monthly_user_price.amount", "The price cannot be negative"));
			}
			return money;
		}
		catch (IllegalArgumentException e) {
			issues.add(new FieldIssue("monthly_user_price", e.getMessage()));
			return null;
		}
	}

	private static String required(@Nullable String value, String field, int max, List<FieldIssue> issues) {
		String trimmed = value == null ? "" : value.trim();
		if (trimmed.isEmpty() || trimmed.length() > max) {
			issues.add(new FieldIssue(field, "Required, 1 to " + max + " characters"));
		}
		return trimmed;
	}

	/**
	 * An absolute http(s) URL with a host. Whether its address may be called is decided
	 * at call time, because DNS can change.
	 */
	static String endpoint(@Nullable String value, String field, List<FieldIssue> issues) {
		String trimmed = value == null ? "" : value.trim();
		boolean valid;
		try {
			URI uri = new URI(trimmed);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			valid = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& trimmed.length() <= 2000;
		}
		catch (URISyntaxException e) {
			valid = false;
		}
		if (!valid) {
			issues.add(new FieldIssue(field,
					"Give the absolute http(s) URL of the partner endpoint, e.g. https://partner.example.com/connector/"
							+ (field.endsWith("checkuser") ? "checkuser.php" : "getnewids.php")));
		}
		return trimmed;
	}

}
