package aero.hobbs.connectors;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.SecretBox;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users a connector allows to sync (seed 000, direction 1). Emails are trimmed and
 * compared case-insensitively. Each registration has its own access token (64 hex
 * characters), kept sealed and returned to the partner on every import while the user
 * stays allowed; a user removed and added again gets a new token, so a revoked one never
 * works again. An email listed both to import and to remove is removed: the request's end
 * state is the one a partner that sent the two lists one after the other would get, and
 * no token is handed out that is revoked in the same breath.
 */
@Service
public class AllowedUsers {

	/** The most emails one call may carry, both lists together. */
	public static final int MAX_EMAILS = 10_000;

	/** A registration counts for billing once it has lasted longer than this. */
	static final Duration QUALIFYING = Duration.ofHours(48);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$");

	private final SecureRandom random = new SecureRandom();

	private final ConnectorRepository connectors;

	private final ConnectorUserRepository users;

	private final SecretBox secrets;

	private final Clock clock;

	AllowedUsers(ConnectorRepository connectors, ConnectorUserRepository users, SecretBox secrets, Clock clock) {
		this.connectors = connectors;
		this.users = users;
		this.secrets = secrets;
		this.clock = clock;
	}

	/**
	 * Adds or refreshes {@code emails} and removes {@code removeEmails}, all or nothing.
	 * Imports for one connector run one after the other.
	 */
	@Transactional
	public EmailImport importEmails(long connectorId, List<String> emails, List<String> removeEmails) {
		if (emails.size() + removeEmails.size() > MAX_EMAILS) {
			throw new IllegalArgumentException("At most " + MAX_EMAILS + " emails per call");
		}
		Connector connector = connectors.findForUpdate(connectorId).orElseThrow(() -> new NotFound("Connector"));
		Set<String> invalid = new LinkedHashSet<>();
		Set<String> toRemove = accepted(removeEmails, invalid);
		Set<String> toImport = accepted(emails, invalid);
		toImport.removeAll(toRemove);

		Set<String> touched = new LinkedHashSet<>(toImport);
		touched.addAll(toRemove);
		Map<String, ConnectorUser> live = users.active(connectorId, touched)
			.stream()
			.collect(Collectors.toMap(ConnectorUser::email, Function.identity()));
		Instant now = clock.instant();

		List<EmailImport.ImportedEmail> imported = new ArrayList<>(toImport.size());
		List<ConnectorUserRepository.NewRegistration> inserts = new ArrayList<>();
		List<UUID> refreshed = new ArrayList<>();
		for (String email : toImport) {
			ConnectorUser existing = live.get(email);
			if (existing != null) {
				refreshed.add(existing.id());
				imported.add(new EmailImport.ImportedEmail(email, secrets.open(existing.tokenSealed()), "updated"));
			}
			else {
				String token = newToken();
				inserts.add(new ConnectorUserRepository.NewRegistration(UUID.randomUUID(), email, secrets.seal(token),
						secrets.fingerprint(token)));
				imported.add(new EmailImport.ImportedEmail(email, token, "inserted"));
			}
		}
		List<UUID> removed = toRemove.stream().map(live::get).filter(u -> u != null).map(ConnectorUser::id).toList();
		users.insertAll(connectorId, inserts, now);
		users.refresh(connectorId, refreshed, now);
		users.remove(connectorId, removed, now);
		EmailImport.Summary summary = new EmailImport.Summary(emails.size(), removeEmails.size(), toImport.size(),
				toRemove.size(), inserts.size(), refreshed.size(), removed.size(), invalid.size());
		return new EmailImport(connector, summary, imported, List.copyOf(invalid));
	}

	/** The connector's allowed users, by email. */
	public List<AllowedUser> list(long connectorId) {
		return users.allActive(connectorId)
			.stream()
			.map(user -> new AllowedUser(user.email(), user.registeredAt(), user.refreshedAt(), user.checkedAt(),
					user.checkOk(), user.syncedAt()))
			.toList();
	}

	/** Adds one user, as the partner's staff does in the browser. */
	@Transactional
	public EmailImport.ImportedEmail add(long connectorId, String email) {
		EmailImport result = importEmails(connectorId, List.of(email == null ? "" : email), List.of());
		if (result.importedEmails().isEmpty()) {
			throw new InvalidInput("email", "Not a valid email address: " + email);
		}
		return result.importedEmails().getFirst();
	}

	/** Removes one user; true if the user was allowed. */
	@Transactional
	public boolean remove(long connectorId, String email) {
		return importEmails(connectorId, List.of(), List.of(email == null ? "" : email)).summary().deleted() > 0;
	}

	/**
	 * The distinct valid emails, normalized, in the order first seen; invalid items go to
	 * {@code invalid} as sent (trimmed).
	 */
	private static Set<String> accepted(List<String> raw, Set<String> invalid) {
		Set<String> accepted = new LinkedHashSet<>();
		for (String item : raw) {
			String trimmed = item == null ? "" : item.strip();
			String email = trimmed.toLowerCase(Locale.ROOT);
			if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
				invalid.add(trimmed);
			}
			else {
				accepted.add(email);
			}
		}
		return accepted;
	}

	private String newToken() {
		byte[] token = new byte[32];
		random.nextBytes(token);
		return HexFormat.of().formatHex(token);
	}

	/**
	 * How many users qualify for billing in {@code month}, as far as known at
	 * {@code asOf}: distinct emails with a registration during the month that lasted more
	 * than 48 hours by the month's end, its removal or {@code asOf}, whichever came
	 * first. With {@code asOf} at the month's end it is the month's final count if nobody
	 * is removed before then.
	 */
	@Transactional(readOnly = true)
	public int qualifiedUsers(long connectorId, YearMonth month, Instant asOf) {
		Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant cutoff = asOf.isBefore(end) ? asOf : end;
		Set<String> qualified = new HashSet<>();
		for (ConnectorUser registration : users.overlapping(connectorId, start, cutoff)) {
			Instant until = registration.removedAt() == null || registration.removedAt().isAfter(cutoff) ? cutoff
					: registration.removedAt();
			if (Duration.between(registration.registeredAt(), until).compareTo(QUALIFYING) > 0) {
				qualified.add(registration.email());
			}
		}
		return qualified.size();
	}

	/**
	 * The fee warning of seed 000 for the current month: how many users qualify so far,
	 * how many will by the month's end if nobody is removed, and what each costs.
	 */
	@Transactional(readOnly = true)
	public FeeEstimate feeEstimate(long connectorId) {
		YearMonth month = YearMonth.now(clock);
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		int soFar = qualifiedUsers(connectorId, month, clock.instant());
		int projected = qualifiedUsers(connectorId, month, end);
		Money price = connectors.priceFor(connectorId, month).orElse(null);
		return new FeeEstimate(month, soFar, projected, price, price == null ? null : price.times(soFar),
				price == null ? null : price.times(projected));
	}

	/** See {@link #feeEstimate}; amounts are null while the connector has no price. */
	public record FeeEstimate(YearMonth month, int qualifiedUsers, int projectedUsers, @Nullable Money unitPrice,
			@Nullable Money currentCharge, @Nullable Money projectedCharge) {
	}

	/** A connector's allowed user, as its partner staff sees it. */
	public record AllowedUser(String email, Instant registeredAt, Instant refreshedAt, @Nullable Instant checkedAt,
			@Nullable Boolean linked, @Nullable Instant lastSyncAt) {
	}

}
