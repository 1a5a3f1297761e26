package aero.hobbs.organizations.oauth;

import java.util.Optional;
import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.organizations.MemberRemoved;
import aero.hobbs.organizations.OrganizationAccess;
import aero.hobbs.organizations.OrganizationDeleted;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.ApiKeyVerifier;
import aero.hobbs.shared.web.OAuthScopePolicy;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

/**
 * The resource side of OAuth: turns a presented {@code hbt_} access token into the member
 * it acts for, and keeps it inside its client's organization and scopes. A token works
 * while it is unexpired and not revoked, its client is not revoked, the organization's
 * API access is enabled and the user is still a member; each is checked on every request,
 * so revoking takes effect at once on every node.
 */
@Component
class OAuthTokens implements ApiKeyVerifier, OAuthScopePolicy {

	private static final String ORGANIZATIONS = "/v1/organizations/";

	private final OAuth2AuthorizationService authorizations;

	private final OAuthClientRepository clients;

	private final OrganizationAccess access;

	private final Accounts accounts;

	OAuthTokens(OAuth2AuthorizationService authorizations, OAuthClientRepository clients, OrganizationAccess access,
			Accounts accounts) {
		this.authorizations = authorizations;
		this.clients = clients;
		this.access = access;
		this.accounts = accounts;
	}

	@Override
	public Optional<SignedInUser> verify(String presentedKey) {
		if (!presentedKey.startsWith(ReferenceTokens.ACCESS_PREFIX) || presentedKey.length() > 100) {
			return Optional.empty();
		}
		OAuth2Authorization authorization = authorizations.findByToken(presentedKey, OAuth2TokenType.ACCESS_TOKEN);
		if (authorization == null) {
			return Optional.empty();
		}
		OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getAccessToken();
		String userId = authorization.getAttribute(HashedTokenAuthorizations.USER_ID);
		if (token == null || !token.isActive() || userId == null) {
			return Optional.empty();
		}
		UserId user = new UserId(UUID.fromString(userId));
		return clients.findUsable(authorization.getRegisteredClientId())
			.filter(client -> access.isMember(new OrganizationId(client.organizationId()), user))
			.flatMap(client -> account(user).map(account -> SignedInUser.oauthToken(user, account.email(),
					account.name(), authorization.getId(), client.organizationId(), token.getToken().getScopes())));
	}

	@Override
	public Optional<Refusal> check(SignedInUser token, String method, String path) {
		if (path.equals("/v1/ping")) {
			return Optional.empty();
		}
		if (!path.startsWith(ORGANIZATIONS)) {
			return Optional.of(new Refusal(false,
					"An OAuth access token acts only in its client's organization, under /v1/organizations/"
							+ token.organizationId() + "/..., within its scopes",
					null));
		}
		String rest = path.substring(ORGANIZATIONS.length());
		int slash = rest.indexOf('/');
		String organization = slash < 0 ? rest : rest.substring(0, slash);
		if (!organization.equals(String.valueOf(token.organizationId()))) {
			return Optional.of(new Refusal(true, "Organization not found", null));
		}
		String after = slash < 0 ? "" : rest.substring(slash + 1);
		String segment = after.contains("/") ? after.substring(0, after.indexOf('/')) : after;
		if (OAuthScope.allows(token.scopes(), method, segment)) {
			return Optional.empty();
		}
		Optional<OAuthScope> needed = OAuthScope.needed(method, segment);
		String granted = token.scopes().isEmpty() ? "none"
				: String.join(" ", token.scopes().stream().sorted().toList());
		return Optional.of(needed
			.map(scope -> new Refusal(false,
					"This token's scopes (" + granted + ") do not allow " + method + " " + path + "; it needs "
							+ scope.wireName(),
					scope.wireName()))
			.orElseGet(() -> new Refusal(false, "OAuth tokens may not use " + method + " " + path
					+ "; an organization API key or a personal API key may", null)));
	}

	/** A removed member's tokens and consents for the organization's applications go. */
	@ApplicationModuleListener(id = "organizations.oauth.member-removed")
	void on(MemberRemoved removed) {
		account(removed.userId())
			.ifPresent(account -> clients.forgetPrincipal(removed.organizationId().value(), account.email()));
	}

	@ApplicationModuleListener(id = "organizations.oauth.organization-deleted")
	void on(OrganizationDeleted deleted) {
		clients.forgetOrphans();
	}

	private Optional<Account> account(UserId user) {
		try {
			return Optional.of(accounts.find(user));
		}
		catch (NotFound e) {
			return Optional.empty();
		}
	}

}
