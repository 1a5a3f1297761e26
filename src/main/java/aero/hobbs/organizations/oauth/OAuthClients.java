package aero.hobbs.organizations.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import aero.hobbs.accounts.Accounts;
import aero.hobbs.organizations.Member;
import aero.hobbs.organizations.Organization;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.organizations.Organizations;
import aero.hobbs.organizations.Permission;
import aero.hobbs.shared.BearerKeys;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OAuth clients an organization's admins register, the consent a member gives them,
 * and the applications a user has connected. A client always uses the authorization code
 * flow with PKCE; a confidential client (a server) also authenticates with a secret and
 * gets refresh tokens, a public one (a single-page or mobile app) does not.
 */
@Service
public class OAuthClients {

	static final Duration ACCESS_TOKEN_TTL = Duration.ofHours(1);

	static final Duration REFRESH_TOKEN_TTL = Duration.ofDays(30);

	private static final int MAX_REDIRECT_URIS = 5;

	/** A private-use scheme for native apps (RFC 8252 §7.1): a reversed domain name. */
	private static final Pattern PRIVATE_USE_SCHEME = Pattern.compile("[a-z][a-z0-9+-]*(\\.[a-z0-9+-]+)+");

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * What the consent page shows. {@code role} is null when the user is not a member.
	 */
	public record Consent(String clientId, String clientName, String organizationName, @Nullable String role,
			List<OAuthScope> scopes, Set<String> approvedBefore) {

		public boolean member() {
			return role != null;
		}

	}

	private final OAuthClientRepository clients;

	private final RegisteredClientRepository registered;

	private final OAuth2AuthorizationConsentService consents;

	private final OrganizationAccess access;

	private final Organizations organizations;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	OAuthClients(OAuthClientRepository clients, RegisteredClientRepository registered,
			OAuth2AuthorizationConsentService consents, OrganizationAccess access, Organizations organizations,
			Accounts accounts, PasswordEncoder passwords, Clock clock) {
		this.clients = clients;
		this.registered = registered;
		this.consents = consents;
		this.access = access;
		this.organizations = organizations;
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Registers a client; the answer holds the secret of a confidential client, which is
	 * never shown again. Every field's problem is named at once.
	 */
	@Transactional
	public CreatedOAuthClient register(OrganizationId organization, UserId actor, @Nullable String name,
			@Nullable List<String> redirectUris, @Nullable List<String> scopes, boolean confidential) {
		access.require(organization, actor, Permission.OAUTH_CLIENTS_MANAGE);
		List<FieldIssue> issues = new ArrayList<>();
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			issues.add(new FieldIssue("name", "Give the application a name of 1 to 100 characters; members see it "
					+ "when they are asked to allow it"));
		}
		List<String> uris = redirectUris(redirectUris, issues);
		List<String> granted = scopes(scopes, issues);
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		if (!clients.apiAccessEnabled(organization.value())) {
			throw new Conflict("api_access", "API access is not enabled for this organization; ask the platform "
					+ "admin (support) to enable it, then register OAuth clients");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String secret = confidential ? BearerKeys.generate("hcs_") : null;
		RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId("hoc_" + random(16))
			.clientIdIssuedAt(now)
			.clientSecret(secret == null ? null : passwords.encode(secret))
			.clientName(trimmed)
			.clientAuthenticationMethods(methods -> {
				if (confidential) {
					methods.add(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
					methods.add(ClientAuthenticationMethod.CLIENT_SECRET_POST);
				}
				else {
					methods.add(ClientAuthenticationMethod.NONE);
				}
			})
			.authorizationGrantTypes(grants -> {
				grants.add(AuthorizationGrantType.AUTHORIZATION_CODE);
				if (confidential) {
					grants.add(AuthorizationGrantType.REFRESH_TOKEN);
				}
			})
			.redirectUris(set -> set.addAll(uris))
			.scopes(set -> set.addAll(granted))
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(true).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.REFERENCE)
				.accessTokenTimeToLive(ACCESS_TOKEN_TTL)
				.refreshTokenTimeToLive(REFRESH_TOKEN_TTL)
				.reuseRefreshTokens(false)
				.authorizationCodeTimeToLive(Duration.ofMinutes(5))
				.build())
			.build();
		registered.save(client);
		OAuthClient created = new OAuthClient(client.getId(), organization.value(), client.getClientId(), trimmed,
				confidential, uris, granted, actor.value(), now, null);
		clients.insert(created);
		return new CreatedOAuthClient(created, secret);
	}

	/** The organization's clients, newest first, revoked ones included. */
	public List<OAuthClient> list(OrganizationId organization, UserId actor) {
		access.require(organization, actor, Permission.OAUTH_CLIENTS_MANAGE);
		return clients.list(organization.value());
	}

	public OAuthClient find(OrganizationId organization, UserId actor, String id) {
		access.require(organization, actor, Permission.OAUTH_CLIENTS_MANAGE);
		return clients.find(organization.value(), id).orElseThrow(() -> new NotFound("OAuth client"));
	}

	/**
	 * Revokes the client: it can no longer sign anyone in, and every token it holds stops
	 * working at once. Revoking a revoked client changes nothing.
	 */
	@Transactional
	public void revoke(OrganizationId organization, UserId actor, String id) {
		find(organization, actor, id);
		clients.revoke(organization.value(), id, clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * What the consent page shows for an authorization request of {@code clientId}; empty
	 * when no active client has that id.
	 */
	public Optional<Consent> consent(String clientId, UserId user, String email, @Nullable String requestedScopes) {
		return clients.findActiveByClientId(clientId).map(client -> {
			OrganizationId organization = new OrganizationId(client.organizationId());
			Organization settings = organizations.settings(organization);
			Optional<Member> member = access.membership(organization, user);
			Set<String> requested = new LinkedHashSet<>(
					List.of((requestedScopes == null ? "" : requestedScopes).trim().split("\\s+")));
			List<OAuthScope> shown = OAuthScope.ordered(requested);
			OAuth2AuthorizationConsent previous = consents.findById(client.registeredClientId(), email);
			Set<String> approved = previous == null ? Set.of() : previous.getScopes();
			return new Consent(client.clientId(), client.name(), settings.name(),
					member.map(m -> m.role().label()).orElse(null), shown, approved);
		});
	}

	/** The applications the user allowed, per organization. */
	public List<OAuthGrant> grants(UserId user) {
		return clients.grants(accounts.find(user).email());
	}

	/** Takes back what the user allowed an application: its tokens stop working. */
	@Transactional
	public void revokeGrant(UserId user, String registeredClientId) {
		if (clients.forgetGrant(accounts.find(user).email(), registeredClientId) == 0) {
			throw new NotFound("Connected application");
		}
	}

	private static List<String> redirectUris(@Nullable List<String> given, List<FieldIssue> issues) {
		List<String> uris = given == null ? List.of()
				: given.stream().map(uri -> uri == null ? "" : uri.trim()).distinct().toList();
		if (uris.isEmpty() || uris.size() > MAX_REDIRECT_URIS) {
			issues.add(new FieldIssue("redirect_uris", "Give 1 to " + MAX_REDIRECT_URIS
					+ " redirect URIs, where members return after they allow the application"));
			return uris;
		}
		for (int i = 0; i < uris.size(); i++) {
			String problem = redirectUriProblem(uris.get(i));
			if (problem != null) {
				issues.add(new FieldIssue("redirect_uris[" + i + "]", problem));
			}
		}
		if (String.join(",", uris).length() > 1000) {
			issues.add(new FieldIssue("redirect_uris", "The redirect URIs are too long: 1,000 characters in all"));
		}
		return uris;
	}

	/**
	 * An exact redirect URI: https, http on the loopback interface (an app on the user's
	 * machine, RFC 8252 §7.3), or a native app's private-use scheme; never a fragment.
	 */
	static @Nullable String redirectUriProblem(String value) {
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException e) {
			return "'" + value + "' is not a URI: " + e.getReason();
		}
		if (!uri.isAbsolute()) {
			return "'" + value + "' is not absolute; give the full URI, e.g. https://app.example.com/callback";
		}
		if (uri.getRawFragment() != null) {
			return "'" + value + "' has a fragment (#...); a redirect URI may not";
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (scheme.equals("https") && !host.isEmpty()) {
			return null;
		}
		if (scheme.equals("http") && LOOPBACK.contains(host)) {
			return null;
		}
		if (PRIVATE_USE_SCHEME.matcher(scheme).matches()) {
			return null;
		}
		return "'" + value + "' must use https (http only on localhost or 127.0.0.1, for an application on the "
				+ "member's machine), or a native app's reversed-domain scheme such as com.example.app:/callback";
	}

	private static List<String> scopes(@Nullable List<String> given, List<FieldIssue> issues) {
		List<String> scopes = given == null ? List.of()
				: given.stream().map(scope -> scope == null ? "" : scope.trim()).distinct().toList();
		if (scopes.isEmpty()) {
			issues.add(new FieldIssue("scopes", "Choose at least one scope: " + OAuthScope.choices()));
			return scopes;
		}
		for (int i = 0; i < scopes.size(); i++) {
			if (OAuthScope.fromWire(scopes.get(i)).isEmpty()) {
				issues.add(new FieldIssue("scopes[" + i + "]",
						"Unknown scope '" + scopes.get(i) + "'; choose from " + OAuthScope.choices()));
			}
		}
		return scopes;
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
