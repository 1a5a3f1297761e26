package aero.hobbs.accounts;

import aero.hobbs.shared.UserId;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks users up for the sign-in form; the email matches regardless of letter case. */
@Component
class SignInUsers implements UserDetailsService {

	private final UserRepository users;

	SignInUsers(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return users.findByEmailNormalized(Accounts.normalize(email))
			.map(user -> new SignedInUser(new UserId(user.id()), user.email(), user.name(), user.passwordHash(), null))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
