package aero.hobbs.shared.web;

import java.util.Collection;
import java.util.List;
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
 * not a pilot: its authority is {@code ROLE_ORGANIZATION_KEY}, not {@code ROLE_PILOT}.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final UserId id;

	private final String email;

	private final String name;

	private @Nullable String passwordHash;

	private final @Nullable String apiKeyId;

	private final @Nullable UUID organizationId;

	public SignedInUser(UserId id, String email, String name, @Nullable String passwordHash,
			@Nullable String apiKeyId) {
		this(id, email, name, passwordHash, apiKeyId, null);
	}

	private SignedInUser(UserId id, String email, String name, @Nullable String passwordHash, @Nullable String apiKeyId,
			@Nullable UUID organizationId) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.apiKeyId = apiKeyId;
		this.organizationId = organizationId;
	}

	/** The principal of an organization API key, which acts only in its organization. */
	public static SignedInUser organizationKey(UUID keyId, String name, UUID organizationId) {
		return new SignedInUser(new UserId(keyId), "", name, null, keyId.toString(), organizationId);
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

	/** The organization an organization API key acts in; null for a user. */
	public @Nullable UUID organizationId() {
		return organizationId;
	}

	public boolean isOrganizationKey() {
		return organizationId != null;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
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
