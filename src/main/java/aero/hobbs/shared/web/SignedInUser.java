package aero.hobbs.shared.web;

import java.util.Collection;
import java.util.List;

import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of every signed-in request, whether it came through the sign-in form
 * (then it carries the password hash until Spring Security erases it) or through a
 * personal API key (then {@code apiKeyId} names the key).
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final UserId id;

	private final String email;

	private final String name;

	private @Nullable String passwordHash;

	private final @Nullable String apiKeyId;

	public SignedInUser(UserId id, String email, String name, @Nullable String passwordHash,
			@Nullable String apiKeyId) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.apiKeyId = apiKeyId;
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

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_PILOT"));
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
