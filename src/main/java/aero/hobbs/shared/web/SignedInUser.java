package aero.hobbs.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of every signed-in request, whether it came through the sign-in form
 * (then it carries the password hash until Spring Security erases it) or through a
 * personal API key (then {@code apiKeyId} names the key), or an organization API key:
 * then {@code id} and {@code apiKeyId} are the key's id, {@code name} is the key's name
 * and {@code organizationId} names the one organization the key acts in. Such a key is
 * not a pilot: its authority is {@code ROLE_ORGANIZATION_KEY}, not {@code ROLE_PILOT}. An
 * OAuth access token acts for the user who consented ({@code id} is that user), only in
 * the organization its client belongs to and only within its {@code scopes}; its
 * authority is {@code ROLE_OAUTH_TOKEN} and {@code apiKeyId} names the authorization.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final UserId id;

	private final String email;

	private final String name;

	private @Nullable String passwordHash;

	private final @Nullable String apiKeyId;

	private final @Nullable UUID organizationId;

	private final @Nullable Set<String> scopes;

	public SignedInUser(UserId id, String email, String name, @Nullable String passwordHash,
			@Nullable String apiKeyId) {
		this(id, email, name, passwordHash, apiKeyId, null, null);
	}

	private SignedInUser(UserId id, String email, String name, @Nullable String passwordHash, @Nullable String apiKeyId,
			@Nullable UUID organizationId, @Nullable Set<String> scopes) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.apiKeyId = apiKeyId;
		this.organizationId = organizationId;
		this.scopes = scopes == null ? null : Set.copyOf(scopes);
	}

	/** The principal of an organization API key, which acts only in its organization. */
	public static SignedInUser organizationKey(UUID keyId, String name, UUID organizationId) {
		return new SignedInUser(new UserId(keyId), "", name, null, keyId.toString(), organizationId, null);
	}

	/**
	 * The principal of an OAuth access token: the consenting user, in the client's
	 * organization only, within the granted scopes.
	 */
	public static SignedInUser oauthToken(UserId user, String email, String name, String authorizationId,
			UUID organizationId, Set<String> scopes) {
		return new SignedInUser(user, email, name, null, "oauth:" + authorizationId, organizationId, scopes);
	}

	public UserId id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	public @Nullable String apiKeyId() {
		return apiKeyId;
	}

	/**
	 * The organization an organization API key or an OAuth token acts in; null for a
	 * user's own session or personal key.
	 */
	public @Nullable UUID organizationId() {
		return organizationId;
	}

	public boolean isOrganizationKey() {
		return organizationId != null && scopes == null;
	}

	public boolean isOAuthToken() {
		return scopes != null;
	}

	/** The scopes an OAuth token was granted; empty for every other credential. */
	public Set<String> scopes() {
		return scopes == null ? Set.of() : scopes;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		if (scopes != null) {
			List<GrantedAuthority> authorities = new ArrayList<>();
			authorities.add(new SimpleGrantedAuthority("ROLE_OAUTH_TOKEN"));
			scopes.stream().sorted().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
			return authorities;
		}
		return List.of(new SimpleGrantedAuthority(isOrganizationKey() ? "ROLE_ORGANIZATION_KEY" : "ROLE_PILOT"));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
